import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App, makeQueryClient } from '../../src/app/App';
import { routes } from '../../src/app/routes';
import { i18n } from '../../src/i18n';
import { resetDbForTests } from '../../src/db/database';
import { resetFirstVisitForTests } from '../../src/db/firstVisit';
import { resetSeedingForTests } from '../../src/db/seed';
import { resolveLang } from '../../src/i18n/lang';

/**
 * Renders the whole app at `url` with a fresh fake IndexedDB, a fresh QueryClient and an in-memory router,
 * so a test meets the app the way a user does. `storage`: what an earlier visit left in localStorage.
 */
export async function renderApp(
  url = '/',
  { resetDb = true, storage = {} }: { resetDb?: boolean; storage?: Record<string, string> } = {},
) {
  if (resetDb) {
    await resetDbForTests();
    resetSeedingForTests();
  }
  // Asked again for each render: a test may have stored records before rendering.
  resetFirstVisitForTests();
  localStorage.clear();
  for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
  const lang = resolveLang(new URL(url, 'http://localhost').searchParams.get('lang'), null, ['en']);
  await i18n.changeLanguage(lang);
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = makeQueryClient();
  const utils = render(<App router={router} queryClient={queryClient} />);
  return { ...utils, router, queryClient };
}
