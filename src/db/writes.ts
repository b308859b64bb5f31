import { toFileRecord, type Activity, type ActivityFile } from '../domain/activity';
import { canonical, sameRecord } from '../domain/formats/diff';
import { getDb, type HistoryKind, type HistoryRow } from './database';
import { WriteRefused } from './errors';
import { ensureSeeded } from './seed';

/**
 * Write repository: every change to activities goes through here, in one transaction with its history rows, so a
 * failure (quota, a closed database, our own refusal) leaves the database exactly as it was.
 */

const newBatchId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;

export const asAnalyst = (r: ActivityFile, at: string): Activity => ({ ...r, origin: 'analyst', updatedAt: at });

export interface ImportOutcome {
  batchId: string;
  created: number;
  updated: number;
  unchanged: number;
}

/** Writes an import: new records are added, changed ones replaced, unchanged ones left alone (origin kept). */
export async function applyImport(records: readonly ActivityFile[], note: string): Promise<ImportOutcome> {
  await ensureSeeded();
  const db = getDb();
  const batchId = newBatchId();
  const at = new Date().toISOString();
  return db.transaction('rw', db.activities, db.history, async () => {
    const existing = await db.activities.bulkGet(records.map((r) => r.id));
    const puts: Activity[] = [];
    const rows: HistoryRow[] = [];
    let created = 0;
    records.forEach((r, i) => {
      const before = existing[i] ?? null;
      if (before && sameRecord(toFileRecord(before), r)) return;
      if (!before) created++;
      const after = asAnalyst(r, at);
      puts.push(after);
      rows.push({ activityId: r.id, batchId, at, kind: 'import', before, after, note });
    });
    await db.activities.bulkPut(puts);
    await db.history.bulkAdd(rows);
    return { batchId, created, updated: puts.length - created, unchanged: records.length - puts.length };
  });
}

/**
 * Undoes one batch (an import, a restore): every record goes back to what it was before — records the batch
 * created are deleted. Refused when a record was changed since (undoing would silently lose that change) or the
 * batch was already undone.
 */
export async function undoBatch(batchId: string): Promise<{ restored: number; deleted: number }> {
  const db = getDb();
  const at = new Date().toISOString();
  const undoId = newBatchId();
  return db.transaction('rw', db.activities, db.history, async () => {
    const rows = await db.history.where('batchId').equals(batchId).sortBy('seq');
    if (rows.length === 0) throw new WriteRefused('missing');
    const undone = await db.history
      .where('kind')
      .equals('undo')
      .filter((r) => r.undoes === batchId)
      .count();
    if (undone > 0) throw new WriteRefused('undone');
    // What the batch left each record as: the `after` of its last row in the batch.
    const left = new Map(rows.map((r) => [r.activityId, r.after]));
    const ids = [...left.keys()];
    const current = await db.activities.bulkGet(ids);
    const moved = ids.filter((id, i) => canonical(current[i] ?? null) !== canonical(left.get(id) ?? null));
    if (moved.length > 0) throw new WriteRefused('conflict', moved);
    // The state before the batch, per record: the `before` of its first row in the batch.
    const restore = new Map<string, Activity | null>();
    for (const r of rows) if (!restore.has(r.activityId)) restore.set(r.activityId, r.before);
    const puts = [...restore.values()].filter((a): a is Activity => a !== null);
    const deletes = [...restore].filter(([, a]) => a === null).map(([id]) => id);
    await db.activities.bulkPut(puts);
    await db.activities.bulkDelete(deletes);
    const undoRows: HistoryRow[] = rows.map((r) => ({
      activityId: r.activityId,
      batchId: undoId,
      at,
      kind: 'undo',
      before: r.after,
      after: r.before,
      undoes: batchId,
      ...(r.note !== undefined && { note: r.note }),
    }));
    await db.history.bulkAdd(undoRows);
    return { restored: puts.length, deleted: deletes.length };
  });
}

/** Creates or edits one record. Editing to identical values writes nothing (no empty history entries). */
export async function saveRecord(record: ActivityFile, mode: 'create' | 'edit'): Promise<{ changed: boolean }> {
  await ensureSeeded();
  const db = getDb();
  const at = new Date().toISOString();
  return db.transaction('rw', db.activities, db.history, async () => {
    const before = (await db.activities.get(record.id)) ?? null;
    if (mode === 'create' && before) throw new WriteRefused('exists', [record.id]);
    if (mode === 'edit' && !before) throw new WriteRefused('missing', [record.id]);
    if (before && sameRecord(toFileRecord(before), record)) return { changed: false };
    const after = asAnalyst(record, at);
    const kind: HistoryKind = mode === 'create' ? 'create' : 'edit';
    await db.activities.put(after);
    await db.history.add({ activityId: record.id, batchId: newBatchId(), at, kind, before, after });
    return { changed: true };
  });
}

export async function deleteRecord(id: string): Promise<void> {
  const db = getDb();
  const at = new Date().toISOString();
  await db.transaction('rw', db.activities, db.history, async () => {
    const before = await db.activities.get(id);
    if (!before) throw new WriteRefused('missing', [id]);
    await db.activities.delete(id);
    await db.history.add({ activityId: id, batchId: newBatchId(), at, kind: 'delete', before, after: null });
  });
}
