import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { NotFound } from './NotFound';

function Loading() {
  return <p role="status">…</p>;
}

type PageModule = { default: React.ComponentType };
const page = (load: () => Promise<PageModule>) => async () => ({ Component: (await load()).default });

/** Every route of CONTRACT.md; pages are code-split so the first view does not wait for chart or map code. */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    HydrateFallback: Loading,
    errorElement: <RouteError />,
    children: [
      { index: true, lazy: page(() => import('../features/overview/OverviewPage')), errorElement: <RouteError /> },
      { path: 'timeline', lazy: page(() => import('../features/timeline/TimelinePage')), errorElement: <RouteError /> },
      { path: 'map', lazy: page(() => import('../features/map/MapPage')), errorElement: <RouteError /> },
      { path: 'themes', lazy: page(() => import('../features/themes/ThemesPage')), errorElement: <RouteError /> },
      { path: 'records', lazy: page(() => import('../features/records/RecordsPage')), errorElement: <RouteError /> },
      {
        path: 'records/new',
        lazy: page(() => import('../features/editor/NewRecordPage')),
        errorElement: <RouteError />,
      },
      { path: 'records/:id', lazy: page(() => import('../features/records/RecordPage')), errorElement: <RouteError /> },
      {
        path: 'records/:id/edit',
        lazy: page(() => import('../features/editor/EditRecordPage')),
        errorElement: <RouteError />,
      },
      { path: 'import', lazy: page(() => import('../features/import/ImportPage')), errorElement: <RouteError /> },
      { path: 'briefing', lazy: page(() => import('../features/briefing/BriefingPage')), errorElement: <RouteError /> },
      { path: '*', Component: NotFound },
    ],
  },
];
