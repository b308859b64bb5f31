import { toFileRecord, type Activity, type ActivityFile } from '../domain/activity';
import { canonical, sameRecord } from '../domain/formats/diff';
import type { Stamps } from '../domain/formats/problems';
import { inChunks } from './chunks';
import { BATCH_ROW, getDb, type HistoryRow } from './database';
import { WriteRefused } from './errors';
import { storedCounterparts } from './importPreview';
import { ensureSeeded } from './seed';
import { asAnalyst, newBatchId } from './writeHelpers';

export interface ImportOutcome {
  batchId: string;
  /** When it was written (the batch's `at`). */
  at: string;
  created: number;
  updated: number;
  unchanged: number;
}

/** How far a write has got: records stored so far out of those it stores. */
export interface WriteProgress {
  done: number;
  total: number;
}

export type OnWriteProgress = (p: WriteProgress) => void;

/**
 * Writes an import: new records are added, changed ones replaced, unchanged ones left alone (origin kept). One
 * transaction, written in chunks (progress after each): a failure in any chunk leaves the database as it was.
 * History: a full before/after row per CHANGED record, and one summary row listing the CREATED ids, written last.
 * A record keeps the `updatedAt` its file gave (`stamps`, by id), and then notes the import's time in `storedAt`
 * (see asAnalyst): that time links it to its history row and serves as its revision.
 */
export async function applyImport(
  records: readonly ActivityFile[],
  note: string,
  onProgress: OnWriteProgress = () => {},
  stamps: Stamps = new Map(),
): Promise<ImportOutcome> {
  await ensureSeeded();
  const db = getDb();
  const batchId = newBatchId();
  const at = new Date().toISOString();
  return db.transaction('rw', db.activities, db.history, async () => {
    // Compared again inside the transaction: the preview may be stale (another tab, an edit since).
    const existing = await storedCounterparts(db, records);
    const puts: Activity[] = [];
    const changedRows: HistoryRow[] = [];
    const created: string[] = [];
    for (const r of records) {
      const before = existing.get(r.id) ?? null;
      if (before && sameRecord(toFileRecord(before), r)) continue;
      const after = asAnalyst(r, at, stamps.get(r.id));
      puts.push(after);
      if (before) changedRows.push({ activityId: r.id, batchId, at, kind: 'import', before, after, note });
      else created.push(r.id);
    }
    const total = puts.length;
    onProgress({ done: 0, total });
    await inChunks(db.activities, 'put', puts, (done) => onProgress({ done, total }));
    await inChunks(db.history, 'add', changedRows);
    // The summary row comes last, so it is the batch's newest row (see lastImport); an import that changed nothing
    // leaves no trace, and nothing to undo.
    if (total > 0)
      await db.history.add({
        activityId: BATCH_ROW,
        batchId,
        at,
        kind: 'import',
        before: null,
        after: null,
        note,
        created,
      });
    return { batchId, at, created: created.length, updated: changedRows.length, unchanged: records.length - total };
  });
}

/** Records a batch touched, per kind of row: full rows per changed record, and the ids its summary row lists. */
function splitBatch(rows: readonly HistoryRow[]) {
  const perRecord = rows.filter((r) => r.activityId !== BATCH_ROW);
  const created = rows.flatMap((r) => (r.activityId === BATCH_ROW ? (r.created ?? []) : []));
  return { perRecord, created };
}

/**
 * Undoes one batch (an import, a restore): every record goes back to what it was before — records the batch
 * created are deleted. Refused when a record was changed since (undoing would silently lose that change) or the
 * batch was already undone.
 */
export async function undoBatch(
  batchId: string,
  onProgress: OnWriteProgress = () => {},
): Promise<{ restored: number; deleted: number }> {
  const db = getDb();
  const at = new Date().toISOString();
  const undoId = newBatchId();
  return db.transaction('rw', db.activities, db.history, async () => {
    const rows = await db.history.where('batchId').equals(batchId).sortBy('seq');
    const last = rows[rows.length - 1];
    if (!last) throw new WriteRefused('missing');
    const undone = await db.history
      .where('kind')
      .equals('undo')
      .filter((r) => r.undoes === batchId)
      .count();
    if (undone > 0) throw new WriteRefused('undone');
    const { perRecord, created } = splitBatch(rows);

    // Changed records: what the batch left each one as is the `after` of its last row in the batch.
    const left = new Map(perRecord.map((r) => [r.activityId, r.after]));
    const ids = [...left.keys()];
    const current = await db.activities.bulkGet(ids);
    const moved = ids.filter((id, i) => canonical(current[i] ?? null) !== canonical(left.get(id) ?? null));
    // Created records have no copy to compare with, but every change to a record writes a history row: any row
    // after the batch that names one of them means it was edited, deleted or re-imported since.
    const createdSet = new Set(created);
    const later = await db.history.where(':id').above(last.seq!).toArray();
    for (const r of later) if (createdSet.has(r.activityId)) moved.push(r.activityId);
    if (moved.length > 0) throw new WriteRefused('conflict', [...new Set(moved)]);

    // The state before the batch, per changed record: the `before` of its first row in the batch.
    const restore = new Map<string, Activity | null>();
    for (const r of perRecord) if (!restore.has(r.activityId)) restore.set(r.activityId, r.before);
    const puts = [...restore.values()].filter((a): a is Activity => a !== null);
    const deletes = [...[...restore].filter(([, a]) => a === null).map(([id]) => id), ...created];
    const total = puts.length + deletes.length;
    onProgress({ done: 0, total });
    await inChunks(db.activities, 'put', puts, (done) => onProgress({ done, total }));
    await inChunks(db.activities, 'delete', deletes, (done) => onProgress({ done: puts.length + done, total }));
    const undoRows: HistoryRow[] = perRecord.map((r) => ({
      activityId: r.activityId,
      batchId: undoId,
      at,
      kind: 'undo',
      before: r.after,
      after: r.before,
      undoes: batchId,
      ...(r.note !== undefined && { note: r.note }),
    }));
    await inChunks(db.history, 'add', undoRows);
    if (created.length > 0)
      await db.history.add({
        activityId: BATCH_ROW,
        batchId: undoId,
        at,
        kind: 'undo',
        before: null,
        after: null,
        undoes: batchId,
        removed: created,
        ...(last.note !== undefined && { note: last.note }),
      });
    return { restored: puts.length, deleted: deletes.length };
  });
}
