import { Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadNamespaces } from '../i18n';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';

function Loading() {
  return <p role="status">…</p>;
}

type PageModule = { default: ComponentType };

/**
 * A code-split page: its module and its strings (feature namespaces, in both languages) load together, so the
 * page renders with its text already there. The Suspense boundary is a safety net for a namespace the list
 * forgot: react-i18next then suspends while it loads instead of showing keys.
 */
const page =
  (load: () => Promise<PageModule>, ...ns: string[]) =>
  async () => {
    const [mod] = await Promise.all([load(), loadNamespaces(...ns)]);
    const Page = mod.default;
    return {
      Component: () => (
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      ),
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
        lazy: page(() => import('../features/import/ImportPage'), 'import', 'editor'),
        errorElement: <RouteError />,
      },
      {
        path: 'feeds',
        lazy: page(() => import('../features/feeds/FeedsPage'), 'feeds', 'import'),
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
