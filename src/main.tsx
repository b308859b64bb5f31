import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from './i18n';
import { readSavedLang, resolveLang } from './i18n/lang';
import { App } from './app/App';
import { askFirstVisit } from './db/firstVisit';
import { ensureSeeded } from './db/seed';
import './styles.css';

// Pick the language before the first render so the page never flashes in the wrong one.
const lang = resolveLang(new URLSearchParams(window.location.search).get('lang'), readSavedLang(), navigator.languages);
void i18n.changeLanguage(lang);
document.documentElement.lang = lang;

// Ask whether this is the browser's first visit before opening the database creates it (see firstVisit.ts); then
// open and seed IndexedDB now, while the first route's code downloads, instead of after it has rendered.
void askFirstVisit();
ensureSeeded().catch(() => {
  // Reported by the queries that wait for it, which show the error in the page.
});

// The service worker only in a production build: in development it would cache modules vite serves fresh.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void import('./app/pwa').then((m) => m.registerPwa());
// Feeds sync on start (in their worker), when there are any.
void import('./features/feeds/autoSync').then((m) => m.syncFeedsOnStart());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
