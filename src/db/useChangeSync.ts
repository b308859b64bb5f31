import { useEffect } from 'react';
import type { Table } from 'dexie';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { onChange, type Change } from './changeFeed';
import { activityKeys, sourceKeys } from './queries';
import { briefingKeys } from './briefingQueries';
import type { AgendaDatabase } from './database';
import { feedKeys } from './feedKeys';
import { vocabularyKeys } from './vocabularyQueries';
import { checkMarkerOnOpen, noteChange } from './markerStore';
import { checkInterruptedImport } from './pendingImport';

/** Every table of the database: a new table without an entry in READERS does not compile. */
type TableName = {
  [K in keyof AgendaDatabase]: AgendaDatabase[K] extends Table<infer _Row, infer _Key> ? K : never;
}[keyof AgendaDatabase];

/**
 * The queries that read each table (history, vocabulary and feed queries live under the activities key, see
 * mutations.ts, vocabularyQueries.ts and feedKeys.ts; each entry names the narrowest key, so a vocabulary entry added
 * elsewhere does not refetch every record).
 */
const READERS: Record<TableName, readonly (readonly string[])[]> = {
  activities: [activityKeys.all],
  history: [activityKeys.all],
  sources: [sourceKeys.all, activityKeys.all],
  briefing: [briefingKeys.all],
  settings: [briefingKeys.all],
  vocabulary: [vocabularyKeys.merged()],
  // The feed list counts each feed's conflicts, and the conflict lists sit under its key.
  feeds: [feedKeys.list()],
  feedConflicts: [feedKeys.list()],
  // The text of each applied chunk: read by the next sync's merge only, never by a query.
  feedChunks: [],
  // The seed's and the data-loss check's own markers: no view reads them.
  meta: [],
};

/** Refetches what a change written elsewhere made stale; this tab's own writes refetch through their mutations. */
export function invalidateFor(client: QueryClient, change: Change): Promise<unknown> {
  // A newer build in another tab may name a table this one does not know: nothing here reads it.
  const readers: Partial<Record<string, readonly (readonly string[])[]>> = READERS;
  const keys = new Map<string, readonly string[]>();
  for (const table of change.tables) for (const k of readers[table] ?? []) keys.set(k.join('/'), k);
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
