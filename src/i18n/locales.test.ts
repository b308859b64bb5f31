import { describe, expect, it } from 'vitest';
import { i18n, loadNamespaces, pageNamespaces } from './index';

/** Every key path of a strings file, e.g. "nav.records", with plural suffixes folded (key_one → key). */
function keyPaths(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(obj).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

// Feature strings load with their page: load them all to compare every namespace.
await loadNamespaces(...pageNamespaces);
const namespaces = Object.keys(i18n.store.data.en ?? {}).sort();

describe('translations', () => {
  it('register the common, ui and feature namespaces in both languages', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'ui', 'records', 'filters']));
    expect(Object.keys(i18n.store.data.es ?? {}).sort()).toEqual(namespaces);
  });

  it.each(namespaces)('namespace "%s" has the same keys in Spanish and English', (ns) => {
    const es = [...new Set(keyPaths(i18n.getResourceBundle('es', ns)))].sort();
    const en = [...new Set(keyPaths(i18n.getResourceBundle('en', ns)))].sort();
    expect(es).toEqual(en);
  });
});
