import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createBrowserRouter, type DataRouter } from 'react-router';
import { useState } from 'react';
import { i18n } from '../i18n';
import { routes } from './routes';
import { useChangeSync } from '../db/useChangeSync';

export function makeQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
}

interface AppProps {
  router?: DataRouter;
  queryClient?: QueryClient;
}

/** Keeps this tab's queries in step with the other tabs' writes. */
function ChangeSync() {
  useChangeSync();
  return null;
}

export function App({ router, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? makeQueryClient());
  const [appRouter] = useState(() => router ?? createBrowserRouter(routes));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <ChangeSync />
        <RouterProvider router={appRouter} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
