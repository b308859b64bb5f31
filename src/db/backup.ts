import { canonical } from '../domain/formats/diff';
import type { Activity } from '../domain/activity';
import { getDb, type HistoryRow } from './database';
import { BACKUP_FORMAT } from '../domain/formats/json';
import { BACKUP_VERSION, type Backup } from './backupFormat';
import { ensureSeeded } from './seed';

/**
 * The whole database (activities, history, briefing, settings, the analyst's sources and vocabulary), read in
 * one transaction so it is consistent.
 */
export async function readBackup(now = new Date()): Promise<Backup> {
  await ensureSeeded();
  const db = getDb();
  return db.transaction(
    'r',
    [db.activities, db.history, db.briefing, db.settings, db.sources, db.vocabulary],
    async () => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      tables: {
        activities: await db.activities.toArray(),
        history: await db.history.toArray(),
        briefing: await db.briefing.toArray(),
        settings: await db.settings.toArray(),
        // The embedded releases come with the app; the analyst's (with their pasted text) are theirs to keep.
        sources: await db.sources.where('origin').equals('analyst').toArray(),
        vocabulary: await db.vocabulary.orderBy('key').toArray(),
      },
    }),
  );
}

export interface RestorePlan {
  created: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  counts: Record<'history' | 'briefing' | 'settings', { now: number; backup: number }>;
}

export async function previewRestore(b: Backup): Promise<RestorePlan> {
  const now = await readBackup();
  const current = new Map(now.tables.activities.map((a) => [a.id, a]));
  const incoming = new Set(b.tables.activities.map((a) => a.id));
  const plan: RestorePlan = {
    created: [],
    changed: [],
    removed: now.tables.activities.filter((a) => !incoming.has(a.id)).map((a) => a.id),
    unchanged: 0,
    counts: {
      history: { now: now.tables.history.length, backup: b.tables.history.length },
      briefing: { now: now.tables.briefing.length, backup: b.tables.briefing.length },
      settings: { now: now.tables.settings.length, backup: b.tables.settings.length },
    },
  };
  for (const a of b.tables.activities) {
    const c = current.get(a.id);
    if (!c) plan.created.push(a.id);
    else if (canonical(c) !== canonical(a)) plan.changed.push(a.id);
    else plan.unchanged++;
  }
  return plan;
}

/**
 * Replaces the tables with the backup's, all or nothing. The backup's history is kept, and one `restore`
 * row per record the restore changed is added, so the record pages still tell how each record got here.
 */
export async function applyRestore(b: Backup, note: string): Promise<{ changed: number }> {
  await ensureSeeded();
  const db = getDb();
  const at = new Date().toISOString();
  const batchId = `restore-${at}`;
  const tables = [db.activities, db.history, db.briefing, db.settings, db.sources, db.vocabulary];
  return db.transaction('rw', tables, async () => {
    const before = new Map((await db.activities.toArray()).map((a) => [a.id, a]));
    const after = new Map(b.tables.activities.map((a) => [a.id, a]));
    const rows: HistoryRow[] = [];
    for (const id of new Set([...before.keys(), ...after.keys()])) {
      const x: Activity | null = before.get(id) ?? null;
      const y: Activity | null = after.get(id) ?? null;
      if (canonical(x) !== canonical(y))
        rows.push({ activityId: id, batchId, at, kind: 'restore', before: x, after: y, note });
    }
    await Promise.all([db.activities.clear(), db.history.clear(), db.briefing.clear(), db.settings.clear()]);
    await db.activities.bulkAdd(b.tables.activities);
    // Old rows keep their sequence numbers; the restore's rows come after them.
    await db.history.bulkAdd(b.tables.history);
    await db.history.bulkAdd(rows);
    await db.briefing.bulkAdd(b.tables.briefing);
    await db.settings.bulkAdd(b.tables.settings);
    // The analyst's releases and entries are replaced too; the embedded releases stay as the seed wrote them.
    await db.sources.where('origin').equals('analyst').delete();
    const own = b.tables.sources
      .filter((s) => s.origin !== 'embedded')
      .map((s) => ({ ...s, origin: 'analyst' as const }));
    await db.sources.bulkPut(own);
    await db.vocabulary.clear();
    await db.vocabulary.bulkAdd(b.tables.vocabulary);
    return { changed: rows.length };
  });
}
