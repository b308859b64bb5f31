import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEs from './locales/es.json';
import commonEn from './locales/en.json';
import { LANGS, type Lang } from './lang';

/**
 * Each feature keeps its strings next to its code in `src/features/<feature>/locales/{es,en}.json`, registered as
 * a namespace named after the feature, so features never edit a shared strings file. Shared components use
 * src/ui/locales ("ui").
 *
 * The shell's namespaces (common, filters, ui) are in the start-up bundle; every other feature's strings are
 * fetched with its page (see `loadNamespaces` in routes.tsx), so the first view does not download the strings of
 * all the others (about 15 KB gzip of the JS needed for `/`).
 */
type Json = { default: Record<string, unknown> };
const eagerFiles = import.meta.glob<Json>(['../features/filters/locales/*.json', '../ui/locales/*.json'], {
  eager: true,
});
const lazyFiles = import.meta.glob<Json>(['../features/*/locales/*.json', '!../features/filters/locales/*.json']);

/** src/features/<ns>/locales/<lang>.json → [ns, lang]; src/ui/locales/<lang>.json → ['ui', lang]. */
function nsOf(path: string): [string, Lang] | null {
  const m = /(?:features\/([^/]+)|ui)\/locales\/(es|en)\.json$/.exec(path);
  return m ? [m[1] ?? 'ui', m[2] as Lang] : null;
}

type Resources = Record<Lang, Record<string, Record<string, unknown>>>;
const resources: Resources = { es: { common: commonEs }, en: { common: commonEn } };
for (const [path, mod] of Object.entries(eagerFiles)) {
  const key = nsOf(path);
  if (key) resources[key[1]][key[0]] = mod.default;
}

const loaders = new Map<string, () => Promise<Json>>();
for (const [path, load] of Object.entries(lazyFiles)) {
  const key = nsOf(path);
  if (key) loaders.set(`${key[1]}/${key[0]}`, load);
}

/** The namespaces that load with their page (each feature folder's but the filter bar's). */
export const pageNamespaces = [...new Set([...loaders.keys()].map((k) => k.slice(k.indexOf('/') + 1)))].sort();

/** The namespaces that load with their page, as i18next's backend: react-i18next waits for them when asked. */
const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => {},
  read(lang: string, ns: string, done: ReadCallback) {
    const load = loaders.get(`${lang}/${ns}`);
    if (!load) return done(null, {});
    load().then(
      (mod) => done(null, mod.default),
      (e: unknown) => done(e instanceof Error ? e.message : String(e), false),
    );
  },
};

export const i18n = i18next.createInstance();

void i18n
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    resources,
    // The bundled namespaces above count as loaded; the others come from the backend.
    partialBundledLanguages: true,
    lng: 'es',
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });

/**
 * Loads feature namespaces in both languages (so a language switch does not wait for a download). Page modules
 * are loaded through this in routes.tsx, so a page renders with its strings already there.
 */
export async function loadNamespaces(...ns: string[]): Promise<void> {
  await Promise.all(
    LANGS.flatMap((lang) =>
      ns
        .filter((n) => !i18n.hasResourceBundle(lang, n))
        .map(async (n) => {
          const load = loaders.get(`${lang}/${n}`);
          if (load) i18n.addResourceBundle(lang, n, (await load()).default, true, true);
        }),
    ),
  );
}
