import { Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { notePageShown } from '../db/firstVisit';
import { loadNamespaces } from '../i18n';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';
import { ChunkError } from './ChunkError';
import { importWhenOnline } from '../lib/importWhenOnline';

function Loading() {
  return <p role="status">…</p>;
}

/** Rendered beside a page, inside its Suspense boundary: its effect runs once the page itself has committed. */
function PageShown() {
  useEffect(notePageShown, []);
  return null;
}

type PageModule = { default: ComponentType };

/**
 * A code-split page: its module and its strings (feature namespaces, in both languages) load together, so the
 * page renders with its text already there. The Suspense boundary is a safety net for a namespace the list
 * forgot: react-i18next then suspends while it loads instead of showing keys.
 *
 * The route's `lazy` never fails: React Router keeps what `lazy` returned for the life of the tab, so a failed
 * download (offline, or a chunk a new deployment removed) must not be what it keeps. It keeps a component that
 * shows the page once its code is there, and until then ChunkError, whose "Try again" (or the browser coming back
 * online) calls `import()` afresh. Offline, the code is not asked for at all: Chromium would keep that failure for
 * the life of the tab (importWhenOnline.ts). Online, ChunkError reloads the tab once when a new deployment has
 * replaced this tab's build, and shows the failure otherwise (chunkReload.ts).
 */
const page = (load: () => Promise<PageModule>, ...ns: string[]) => {
  let Page: ComponentType | null = null;
  const fetchPage = () =>
    importWhenOnline(() => Promise.all([load(), loadNamespaces(...ns)])).then(([mod]) => {
      Page = mod.default;
    });
  function Routed() {
    const [, setLoaded] = useState(0);
    const retry = useCallback(() => fetchPage().then(() => setLoaded((n) => n + 1)), []);
    if (!Page) return <ChunkError retry={retry} />;
    return (
      <Suspense fallback={<Loading />}>
        <Page />
        <PageShown />
      </Suspense>
    );
  }
  return async () => {
    // A failure is ChunkError's to show, once the route is entered (chunkReload: a new build reloads the tab).
    await fetchPage().catch(() => {});
    return { Component: Routed };
  };
};

const overviewPage = () => import('../features/overview/OverviewPage');

/**
 * A visit that starts at `/` asks for the overview's code (page, strings and the chart chunk, which the page
 * would only request once it runs) now, while the entry module is still evaluating and React has not started:
 * three network round trips in a row became one (the cold visit's first chart came ~150 ms sooner).
 */
if (typeof window !== 'undefined' && window.location.pathname === '/') {
  void overviewPage().catch(() => {});
  void import('../features/overview/MiniFigures').catch(() => {});
  void loadNamespaces('overview').catch(() => {});
}

/** Every route of CONTRACT.md; pages are code-split so the first view does not wait for chart or map code. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: Loading,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: page(overviewPage, 'overview'),
        errorElement: <RouteError />,
      },
      {
        path: 'timeline',
        lazy: page(() => import('../features/timeline/TimelinePage'), 'timeline'),
        errorElement: <RouteError />,
      },
      { path: 'map', lazy: page(() => import('../features/map/MapPage'), 'map'), errorElement: <RouteError /> },
      {
        path: 'themes',
        lazy: page(() => import('../features/themes/ThemesPage'), 'themes'),
        errorElement: <RouteError />,
      },
      {
        path: 'records',
        lazy: page(() => import('../features/records/RecordsPage'), 'records'),
        errorElement: <RouteError />,
      },
      {
        path: 'records/new',
        lazy: page(() => import('../features/editor/NewRecordPage'), 'editor', 'import'),
        errorElement: <RouteError />,
      },
      {
        path: 'records/:id',
        // The record page shows its correction history with the editor's and the import's wording.
        lazy: page(() => import('../features/records/RecordPage'), 'records', 'editor', 'import'),
        errorElement: <RouteError />,
      },
      {
        path: 'records/:id/edit',
        lazy: page(() => import('../features/editor/EditRecordPage'), 'editor', 'import'),
        errorElement: <RouteError />,
      },
      {
        path: 'import',
        lazy: page(() => import('./ImportRoute'), 'import', 'editor', 'drafting'),
        errorElement: <RouteError />,
      },
      {
        path: 'feeds',
        lazy: page(() => import('../features/feeds/FeedsPage'), 'feeds', 'import'),
        errorElement: <RouteError />,
      },
      {
        path: 'vocabulary',
        lazy: page(() => import('../features/vocabulary/VocabularyPage'), 'vocabulary'),
        errorElement: <RouteError />,
      },
      {
        path: 'month/:month?',
        lazy: page(() => import('../features/month/MonthPage'), 'month'),
        errorElement: <RouteError />,
      },
      {
        path: 'compare',
        lazy: page(() => import('../features/compare/ComparePage'), 'compare'),
        errorElement: <RouteError />,
      },
      {
        path: 'briefing',
        lazy: page(() => import('../features/briefing/BriefingPage'), 'briefing', 'records'),
        errorElement: <RouteError />,
      },
      { path: '*', Component: NotFound },
    ],
  },
];
