import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';
import { getDb } from './database';
import { ensureSeeded } from './seed';

/** Repository functions: the only code that reads activities and sources from IndexedDB. */

export async function listActivities(): Promise<Activity[]> {
  await ensureSeeded();
  return getDb().activities.orderBy('date').toArray();
}

export async function getActivity(id: string): Promise<Activity | null> {
  await ensureSeeded();
  return (await getDb().activities.get(id)) ?? null;
}

export async function countActivities(): Promise<number> {
  await ensureSeeded();
  return getDb().activities.count();
}

export async function listSources(): Promise<Source[]> {
  await ensureSeeded();
  return getDb().sources.toArray();
}
