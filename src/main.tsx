import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from './i18n';
import { readSavedLang, resolveLang } from './i18n/lang';
import { App } from './app/App';
import { embeddedProbablyStored } from './db/embedded';
import { askFirstVisit, loadEmbeddedAsStored } from './db/firstVisit';
import { ensureSeeded } from './db/seed';
import { importWhenOnline, whenReachable } from './lib/importWhenOnline';
import './styles.css';

// Pick the language before the first render so the page never flashes in the wrong one.
const lang = resolveLang(new URLSearchParams(window.location.search).get('lang'), readSavedLang(), navigator.languages);
void i18n.changeLanguage(lang);
document.documentElement.lang = lang;

// The embedded data set is fetched at once when this browser has not stored it yet (a first visit, or a newer data
// set), in parallel with the first route's code and with creating the database, rather than after them.
if (!embeddedProbablyStored()) void loadEmbeddedAsStored().catch(() => undefined);
// Ask whether this is the browser's first visit before opening the database creates it (see firstVisit.ts); then
// open and seed IndexedDB now, while the first route's code downloads, instead of after it has rendered. On a first
// visit the page draws the embedded set first, and the database's code loads after that (openDb.ts).
void askFirstVisit();
ensureSeeded().catch(() => {
  // Reported by the queries that wait for it, which show the error in the page.
});

// Under a service worker its code comes from the worker's cache, offline too, so it registers at once (and checks
// for a new version when the network is back). Without one and offline, the code is not asked for (see
// importWhenOnline): it registers once the browser is back online.
const registerPwaWhenOnline = (): void => {
  const load = () => import('./app/pwa');
  void (navigator.serviceWorker.controller ? load() : importWhenOnline(load)).then(
    (m) => m.registerPwa(),
    () => window.addEventListener('online', () => void whenReachable().then(registerPwaWhenOnline), { once: true }),
  );
};
// What the first page does not need waits until it has loaded and the browser is idle, and then a little longer
// (the first route's code and data arrive after the load event, and the browser is idle while it waits for them),
// so its code is not fetched and compiled in the meantime: the service worker a second later (only in a production
// build: in development it would cache modules vite serves fresh), and the feeds' sync on start three seconds later
// (in their worker), when there are any.
const whenIdle = (run: () => void) =>
  typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(run, { timeout: 3000 })
    : window.setTimeout(run, 1000);
const afterLoad = (run: () => void) =>
  document.readyState === 'complete'
    ? whenIdle(run)
    : window.addEventListener('load', () => whenIdle(run), { once: true });
afterLoad(() => {
  window.setTimeout(() => {
    if (import.meta.env.PROD && 'serviceWorker' in navigator) registerPwaWhenOnline();
  }, 1000);
  // Offline, there is no feed to reach: the sync on start is skipped (the Feeds page syncs on demand).
  window.setTimeout(
    () =>
      void importWhenOnline(() => import('./features/feeds/autoSync')).then(
        (m) => m.syncFeedsOnStart(),
        () => undefined,
      ),
    3000,
  );
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
