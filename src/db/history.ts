import type { Activity } from '../domain/activity';
import { BATCH_ROW, getDb, type HistoryRow } from './database';

/**
 * The row that created a record an import brought in: imports list created ids on one summary row instead of a
 * row per record (see HistoryRow). The record was stored at the import's `at` (`storedAt` when it kept its
 * file's `updatedAt`, else `updatedAt`), so its earliest known state leads straight to that summary row through
 * the `at` index; the row is returned in the shape of a per-record row (before null, after that state), so the
 * history reads as it always did.
 */
async function creationByBatch(id: string, earliest: Activity): Promise<HistoryRow | null> {
  const storedAt = earliest.storedAt ?? earliest.updatedAt;
  if (earliest.origin !== 'analyst' || !storedAt) return null;
  const rows = await getDb().history.where('at').equals(storedAt).toArray();
  const batch = rows.find((r) => r.activityId === BATCH_ROW && r.kind === 'import' && r.created?.includes(id));
  if (!batch) return null;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { created, ...row } = batch;
  return { ...row, activityId: id, after: earliest };
}

/** A record's corrections, newest first. */
export async function recordHistory(id: string): Promise<HistoryRow[]> {
  const db = getDb();
  const rows = await db.history.where('activityId').equals(id).sortBy('seq');
  const first = rows[0];
  // Created by a row of its own (editor, or an import before summary rows): nothing more to find.
  if (!first || first.before !== null) {
    const earliest = first ? first.before : await db.activities.get(id);
    const creation = earliest ? await creationByBatch(id, earliest) : null;
    if (creation) rows.unshift(creation);
  }
  return rows.reverse();
}

export interface LastImport {
  batchId: string;
  at: string;
  note: string;
  records: number;
}

/** The most recent import, if it has not been undone: the one the Undo button offers. */
export async function lastImport(): Promise<LastImport | null> {
  const db = getDb();
  const last = await db.history.where('kind').equals('import').last();
  if (!last) return null;
  const undone = await db.history
    .where('kind')
    .equals('undo')
    .filter((r) => r.undoes === last.batchId)
    .count();
  if (undone > 0) return null;
  const rows = await db.history.where('batchId').equals(last.batchId).count();
  // The summary row is written last, so it is `last` when there is one; it stands for the records it lists.
  const records = last.activityId === BATCH_ROW ? rows - 1 + (last.created?.length ?? 0) : rows;
  return { batchId: last.batchId, at: last.at, note: last.note ?? '', records };
}
