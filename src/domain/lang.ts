/**
 * The data set's two languages: every title, summary and label in data/ is given in both. The app's UI languages
 * (src/i18n) are these same two, so i18n builds on this definition rather than domain on i18n.
 */
export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];
