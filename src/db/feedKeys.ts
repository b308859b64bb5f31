import { activityKeys } from './queries';

/**
 * Feed query keys live under `activityKeys.all`: every write (a sync, an edit) refetches them with the records. Apart
 * from feedQueries.ts so the change sync (useChangeSync.ts, loaded with every page) names them without loading the
 * feed code, and Dexie with it, at start-up.
 */
export const feedKeys = {
  list: () => [...activityKeys.all, 'feeds'] as const,
  conflicts: (address: string) => [...activityKeys.all, 'feeds', 'conflicts', address] as const,
};
