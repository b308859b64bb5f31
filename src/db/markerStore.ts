import { useSyncExternalStore } from 'react';
import { openDb } from './openDb';
import { ensureSeeded, INSTANCE_KEY } from './seed';
import { onBackup, onChanged, onOpen, readMarker, settled, writeMarker, type DbState, type Marker } from './marker';

/** The page's copy of the marker (see marker.ts), kept in localStorage and offered to React. */
let current: Marker | null = null;
/** Whether this page has compared the database with the marker yet (checkMarkerOnOpen). */
let opened = false;
const listeners = new Set<() => void>();

function update(next: Marker): void {
  current = next;
  writeMarker(localStorage, next);
  for (const l of listeners) l();
}

async function dbState(): Promise<DbState> {
  const db = await openDb();
  const [instance, own, fromFeeds] = await Promise.all([
    db.meta.get(INSTANCE_KEY),
    db.activities.where('origin').equals('analyst').count(),
    // Team-feed records count too: a sync is the analyst's data as much as an import (the embedded set is not).
    db.activities.where('origin').startsWith('feed:').count(),
  ]);
  return { instance: typeof instance?.value === 'string' ? instance.value : '', analystRecords: own + fromFeeds };
}

/** Once per page load, after the seed: compares the database with what the marker says it held. */
export async function checkMarkerOnOpen(): Promise<void> {
  try {
    await ensureSeeded();
    update(onOpen(readMarker(localStorage), await dbState()));
  } finally {
    opened = true;
  }
}

/** After a committed change to the activities, in this tab or another. */
export async function noteChange(at = new Date().toISOString()): Promise<void> {
  // Before the open check, a change (the seed's own write into a recreated database) must not move the marker on:
  // the check would then find it agreeing with the empty database and not tell the analyst what was lost.
  if (!opened) return;
  const db = await dbState();
  // Read after the count, not before: a restore settles the loss while the count runs, and an older copy of the
  // marker written back here would bring the settled loss notice back.
  const m = current ?? readMarker(localStorage);
  if (!m) return;
  update(onChanged(m, db, at));
}

export function noteBackup(at: string): void {
  const m = current ?? readMarker(localStorage);
  if (m) update(onBackup(m, at));
}

export function settleLoss(): void {
  const m = current ?? readMarker(localStorage);
  if (m) update(settled(m));
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useMarker = (): Marker | null => useSyncExternalStore(subscribe, () => current);

export function resetMarkerForTests(): void {
  current = null;
  opened = false;
}
