import { getDb, type HistoryRow } from './database';

/** A record's corrections, newest first. */
export async function recordHistory(id: string): Promise<HistoryRow[]> {
  const rows = await getDb().history.where('activityId').equals(id).sortBy('seq');
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
  const records = await db.history.where('batchId').equals(last.batchId).count();
  return { batchId: last.batchId, at: last.at, note: last.note ?? '', records };
}
