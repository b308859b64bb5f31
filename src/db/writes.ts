import { toFileRecord, type ActivityFile } from '../domain/activity';
import { sameRecord } from '../domain/formats/diff';
import { getDb, type HistoryKind } from './database';
import { WriteRefused } from './errors';
import { ensureSeeded } from './seed';
import { asAnalyst, newBatchId } from './writeHelpers';

/**
 * Write repository: every change to activities goes through here, in one transaction with its history rows, so a
 * failure (quota, a closed database, our own refusal) leaves the database exactly as it was.
 */

export { asAnalyst } from './writeHelpers';
export { applyImport, undoBatch, type ImportOutcome, type WriteProgress } from './importWrites';

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
