import { LANGS, type Lang } from '../domain/lang';

export { LANGS, type Lang };

const STORAGE_KEY = 'agenda-exterior.lang';

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** `?lang=` wins, then the analyst's last choice, then the browser's language, then Spanish (the data's language). */
export function resolveLang(urlLang: string | null, saved: string | null, browser: readonly string[]): Lang {
  if (isLang(urlLang)) return urlLang;
  if (isLang(saved)) return saved;
  for (const b of browser) {
    const base = b.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'es';
}

export function readSavedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page only.
  }
}
