import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { onChange, type Change } from './changeFeed';
import { activityKeys, sourceKeys } from './queries';
import { briefingKeys } from './briefingQueries';
import { checkMarkerOnOpen, noteChange } from './markerStore';
import { checkInterruptedImport } from './pendingImport';

/** The queries that read each table (history queries live under the activities key, see mutations.ts). */
const READERS: Record<string, readonly (readonly string[])[]> = {
  activities: [activityKeys.all],
  history: [activityKeys.all],
  sources: [sourceKeys.all, activityKeys.all],
  briefing: [briefingKeys.all],
  settings: [briefingKeys.all],
};

/** Refetches what a change written elsewhere made stale; this tab's own writes refetch through their mutations. */
export function invalidateFor(client: QueryClient, change: Change): Promise<unknown> {
  const keys = new Map<string, readonly string[]>();
  for (const table of change.tables) for (const k of READERS[table] ?? []) keys.set(k.join('/'), k);
  return Promise.all([...keys.values()].map((queryKey) => client.invalidateQueries({ queryKey })));
}

/**
 * Keeps the data-loss marker (markerStore.ts) in step with every change, and every tab follows every other: an import, an edit, an undo, a restore or a briefing change made in another tab
 * (or its import worker) refetches the lists, counts, record pages and open forms here at once.
 */
export function useChangeSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    // A failure here is the database's own (newer version, deleted): the pages report it.
    checkMarkerOnOpen()
      .then(checkInterruptedImport)
      .catch(() => {});
    return onChange((change, own) => {
      if (!own) void invalidateFor(client, change);
      if (change.tables.includes('activities')) noteChange(new Date(change.at).toISOString()).catch(() => {});
    });
  }, [client]);
}
