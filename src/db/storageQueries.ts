import { useQuery, type QueryClient } from '@tanstack/react-query';
import { requestPersistence } from './storage';

/**
 * The storage-persistence query on its own: the footer shows it on every page, and importing it from the write
 * hooks (mutations.ts) pulled the import, backup and validation code (zod included) into the start-up bundle.
 */
export const storageKeys = { all: ['storage'] as const };

/** The footer's answer: read without asking (see askPersistence). */
export const useStorageInfo = () =>
  useQuery({
    queryKey: storageKeys.all,
    queryFn: () => requestPersistence(false),
    staleTime: Infinity,
    retry: false,
  });

// Per query client, which is one per page load (App.tsx): the tests' pages, one module graph for several, each ask.
const asked = new WeakSet<QueryClient>();

/** On the analyst's first import, edit or restore of this page load: asks to keep the data, and tells the footer. */
export function askPersistence(client: QueryClient): void {
  if (asked.has(client)) return;
  asked.add(client);
  requestPersistence(true).then(
    (info) => client.setQueryData(storageKeys.all, info),
    () => {},
  );
}
