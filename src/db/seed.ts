import type { Activity, ActivityFile } from '../domain/activity';
import type { Source } from '../domain/source';
import type { AgendaDatabase } from './database';
import { openDb } from './openDb';
import { embeddedHash, hashOf, loadEmbedded, rememberEmbeddedStored } from './embedded';
import { newBatchId } from './writeHelpers';

export const EMBEDDED_HASH_KEY = 'embeddedHash';
/** A random id given to the database when it is created: a different one later means it was deleted and remade. */
export const INSTANCE_KEY = 'instance';

export interface SeedResult {
  changed: boolean;
  written: number;
  removed: number;
  keptAnalyst: number;
}

/**
 * Merges an embedded data set into the database in one transaction. Records an analyst imported or edited
 * (`origin: 'analyst'`), and records a team feed brought (`feed:…`, the team's newer version), are never
 * overwritten or removed, and records an analyst deleted are not brought back
 * (the history keeps every deletion); embedded records missing from a newer set are removed.
 * Running it twice with the same data is a no-op, so a reload never duplicates anything.
 */
export async function seedEmbedded(
  db: AgendaDatabase,
  activities: readonly ActivityFile[],
  sources: readonly Source[],
): Promise<SeedResult> {
  const hash = await hashOf({ activities, sources });
  return db.transaction('rw', [db.activities, db.sources, db.meta, db.history], async () => {
    if (!(await db.meta.get(INSTANCE_KEY))) await db.meta.put({ key: INSTANCE_KEY, value: newBatchId() });
    const current = await db.meta.get(EMBEDDED_HASH_KEY);
    if (current?.value === hash) return { changed: false, written: 0, removed: 0, keptAnalyst: 0 };

    const existing = await db.activities.bulkGet(activities.map((a) => a.id));
    const analystIds = new Set(existing.filter((a) => a !== undefined && a.origin !== 'embedded').map((a) => a!.id));
    // Deleted by the analyst and not stored again since: a newer data set must not resurrect it.
    const stored = new Set(existing.filter((a) => a !== undefined).map((a) => a.id));
    const deletions = await db.history.where('kind').equals('delete').toArray();
    const deleted = new Set(deletions.map((r) => r.activityId).filter((id) => !stored.has(id)));
    const toWrite: Activity[] = activities
      .filter((a) => !analystIds.has(a.id) && !deleted.has(a.id))
      .map((a) => ({ ...a, origin: 'embedded' }));
    await db.activities.bulkPut(toWrite);

    const wanted = new Set(activities.map((a) => a.id));
    const stale = await db.activities
      .where('origin')
      .equals('embedded')
      .filter((a) => !wanted.has(a.id))
      .primaryKeys();
    await db.activities.bulkDelete(stale);

    // A release the analyst stored (pasted with its text) keeps their copy; the embedded ones are marked so.
    const analystSources = new Set(
      (await db.sources.bulkGet(sources.map((s) => s.id))).filter((s) => s?.origin === 'analyst').map((s) => s!.id),
    );
    await db.sources.bulkPut(
      sources.filter((s) => !analystSources.has(s.id)).map((s): Source => ({ ...s, origin: 'embedded' })),
    );
    await db.meta.put({ key: EMBEDDED_HASH_KEY, value: hash });
    return { changed: true, written: toWrite.length, removed: stale.length, keptAnalyst: analystIds.size };
  });
}

let seeding: Promise<SeedResult> | null = null;

/**
 * Seeds the app's database once per page load; every read waits for it. When the database already holds this
 * build's data set (its marker is the build's hash, `embeddedHash`) the data set is not even fetched.
 */
export function ensureSeeded(): Promise<SeedResult> {
  seeding ??= openDb()
    .then(seedIfNewer)
    .catch((e: unknown) => {
      seeding = null;
      throw e;
    });
  return seeding;
}

async function seedIfNewer(db: AgendaDatabase): Promise<SeedResult> {
  const [instance, current] = await db.transaction('r', db.meta, () =>
    Promise.all([db.meta.get(INSTANCE_KEY), db.meta.get(EMBEDDED_HASH_KEY)]),
  );
  if (instance && current?.value === embeddedHash) {
    rememberEmbeddedStored(embeddedHash);
    return { changed: false, written: 0, removed: 0, keptAnalyst: 0 };
  }
  const { activities, sources } = await loadEmbedded();
  const result = await seedEmbedded(db, activities, sources);
  // The marker the seed just stored (the data's own hash, computed there once).
  const stored = await db.meta.get(EMBEDDED_HASH_KEY);
  if (typeof stored?.value === 'string') rememberEmbeddedStored(stored.value);
  return result;
}

export function resetSeedingForTests(): void {
  seeding = null;
}
