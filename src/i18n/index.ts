import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEs from './locales/es.json';
import commonEn from './locales/en.json';
import { LANGS, type Lang } from './lang';

/**
 * Each feature keeps its strings next to its code in `src/features/<feature>/locales/{es,en}.json`; they are
 * registered here as a namespace named after the feature, so features never edit a shared strings file.
 */
const featureFiles = import.meta.glob<{ default: Record<string, unknown> }>(
  ['../features/*/locales/*.json', '../ui/locales/*.json'],
  { eager: true },
);

type Resources = Record<Lang, Record<string, Record<string, unknown>>>;
const resources: Resources = { es: { common: commonEs }, en: { common: commonEn } };
for (const [path, mod] of Object.entries(featureFiles)) {
  // src/features/<ns>/locales/<lang>.json, or src/ui/locales/<lang>.json for the shared components ("ui").
  const m = /(?:features\/([^/]+)|ui)\/locales\/(es|en)\.json$/.exec(path);
  if (!m) continue;
  const ns = m[1] ?? 'ui';
  const lang = m[2] as Lang;
  resources[lang][ns] = mod.default;
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: 'es',
  fallbackLng: 'en',
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common', ...Object.keys(resources.en).filter((n) => n !== 'common')],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
