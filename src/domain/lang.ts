/**
 * The data set's two languages: every title, summary and label in data/ is given in both. The app's UI languages
 * (src/i18n) are these same two, so i18n builds on this definition rather than domain on i18n.
 */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The one locale each language is written in (dates, numbers): Peru's Spanish ("9 dic. 2025") and British English
 * ("9 Dec 2025"). Every view and export takes it from here, so a date reads the same everywhere in each language.
 */
export const localeOf = (lang: Lang) => (lang === 'es' ? 'es-PE' : 'en-GB');
