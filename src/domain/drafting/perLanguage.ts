import type { ReleaseLanguage } from './draftsFile';

/**
 * A value built once per language on first use (a regular expression from a resource's word list, a set of words):
 * `const re = perLanguage((lang) => new RegExp(…))`, then `re(lang)`.
 */
export function perLanguage<T>(build: (lang: ReleaseLanguage) => T): (lang: ReleaseLanguage) => T {
  const built = new Map<ReleaseLanguage, T>();
  return (lang) => {
    let value = built.get(lang);
    if (value === undefined) {
      value = build(lang);
      built.set(lang, value);
    }
    return value;
  };
}
