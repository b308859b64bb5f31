import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';
import { openDb } from './openDb';
import { withReadProgress } from './readProgress';
import { ensureSeeded } from './seed';

/** Repository functions: the only code that reads activities and sources from IndexedDB. */

/**
 * Every activity in `date` order, ties by id (the index's order). Read in pages: one `toArray` of 100k records is
 * a single ~800 ms main-thread task in Chromium (the result is deserialised in one go); pages keep each under ~50 ms.
 * The progress (records read of the total) is published for the loading message (see readProgress.ts).
 */
export async function listActivities(): Promise<Activity[]> {
  await ensureSeeded();
  // The paged reader uses Dexie too: it loads with the database's code (see openDb.ts).
  const [db, { readAllByIndex }] = await Promise.all([openDb(), import('./readPaged')]);
  return withReadProgress((onProgress) => readAllByIndex(db.activities, 'date', { onProgress }));
}

export async function getActivity(id: string): Promise<Activity | null> {
  await ensureSeeded();
  return (await (await openDb()).activities.get(id)) ?? null;
}

export async function countActivities(): Promise<number> {
  await ensureSeeded();
  return (await openDb()).activities.count();
}

export async function listSources(): Promise<Source[]> {
  await ensureSeeded();
  return (await openDb()).sources.toArray();
}
