import type { Activity, ActivityFile } from '../domain/activity';
import { planImport, type ImportPlan } from '../domain/formats/diff';
import type { Source } from '../domain/source';
import { getDb, type AgendaDatabase } from './database';
import { ensureSeeded } from './seed';

/**
 * The stored records an import of `records` would replace. All stored ids are read at once (keys only, no
 * records), then only the records whose id the file repeats are fetched: importing 100,000 new records reads
 * 100,000 keys, not 100,000 records one by one. Call it inside a transaction to get a consistent answer.
 */
export async function storedCounterparts(
  db: AgendaDatabase,
  records: readonly ActivityFile[],
): Promise<Map<string, Activity>> {
  const stored = new Set(await db.activities.toCollection().primaryKeys());
  const ids = records.filter((r) => stored.has(r.id)).map((r) => r.id);
  const found = ids.length > 0 ? await db.activities.bulkGet(ids) : [];
  const existing = new Map<string, Activity>();
  for (const a of found) if (a) existing.set(a.id, a);
  return existing;
}

/**
 * What importing these records would change, against the database as it is now. Reads only. `carried` names the
 * releases the file itself brings (written with its records), which are therefore not unknown.
 */
export async function previewImport(
  records: readonly ActivityFile[],
  carried: readonly string[] = [],
): Promise<ImportPlan> {
  await ensureSeeded();
  const db = getDb();
  const [existing, sources] = await db.transaction('r', db.activities, db.sources, async () =>
    Promise.all([storedCounterparts(db, records), db.sources.toArray()]),
  );
  return planImport(records, existing, new Set([...sources.map((s) => s.id), ...carried]));
}

/** The sources this browser knows (embedded and any stored), for checking cited paragraphs. */
export async function knownSources(): Promise<Pick<Source, 'id' | 'paragraphs'>[]> {
  await ensureSeeded();
  return getDb().sources.toArray();
}
