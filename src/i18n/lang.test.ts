import { describe, expect, it } from 'vitest';
import { isLang, readSavedLang, resolveLang, saveLang } from './lang';

describe('resolveLang', () => {
  it('prefers ?lang=, then the saved choice, then the browser, then Spanish', () => {
    expect(resolveLang('en', 'es', ['es-PE'])).toBe('en');
    expect(resolveLang(null, 'en', ['es-PE'])).toBe('en');
    expect(resolveLang(null, null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLang(null, null, ['ES-pe'])).toBe('es');
    expect(resolveLang(null, null, ['de-DE'])).toBe('es');
  });

  it('ignores values that are not a supported language', () => {
    expect(resolveLang('fr', 'xx', ['en-US'])).toBe('en');
    expect(isLang('EN')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('remembers the last choice', () => {
    saveLang('en');
    expect(readSavedLang()).toBe('en');
    saveLang('es');
    expect(readSavedLang()).toBe('es');
  });
});
