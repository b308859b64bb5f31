import { toFileRecord, type Activity, type ActivityFile } from '../domain/activity';
import { sameRecord } from '../domain/formats/diff';
import { getDb } from './database';
import { EditConflict, WriteRefused } from './errors';
import { ensureSeeded } from './seed';
import { asAnalyst, newBatchId } from './writeHelpers';

/**
 * Write repository: every change to activities goes through here, in one transaction with its history rows, so a
 * failure (quota, a closed database, our own refusal) leaves the database exactly as it was.
 */

export { asAnalyst } from './writeHelpers';
export { applyImport, undoBatch, type ImportOutcome, type WriteProgress } from './importWrites';

/**
 * The version of a stored record that an edit starts from: when this browser wrote it, which every analyst write
 * and every feed write (sync, "take theirs") records — in `updatedAt`, or in `storedAt` when an import kept the
 * file's `updatedAt` (which another import may bring again with other content, so it cannot be the revision).
 * Null for an embedded record nobody has changed.
 */
export type Revision = string | null;
export const revisionOf = (a: Pick<Activity, 'updatedAt' | 'storedAt'>): Revision => a.storedAt ?? a.updatedAt ?? null;

/** Refuses a write based on a version of the record that is no longer the stored one. */
function checkBase(id: string, stored: Activity | null, base: Revision | undefined): void {
  if (base === undefined) return;
  if (!stored || revisionOf(stored) !== base) throw new EditConflict(id, stored);
}

/**
 * Creates or edits one record. Editing to identical values writes nothing (no empty history entries). `base` is
 * the revision the edit started from: checked inside the transaction, so a change saved in another tab since the
 * form was opened is never silently overwritten (EditConflict carries the stored record for the conflict view).
 */
export async function saveRecord(
  record: ActivityFile,
  mode: 'create' | 'edit',
  base?: Revision,
  reason?: string,
): Promise<{ changed: boolean }> {
  return writeOne(record, mode === 'create' ? 'create' : 'edit', base, { reason });
}

/**
 * Puts a record back to an earlier version from its history. The revert is itself a change: it goes through the
 * same version check as an edit and leaves a history row (kind `revert`, `note` = when that version was written),
 * so it can be reverted in its turn.
 */
export async function revertRecord(
  version: ActivityFile,
  versionAt: string,
  base: Revision,
  reason?: string,
): Promise<{ changed: boolean }> {
  return writeOne(version, 'revert', base, { reason, note: versionAt });
}

async function writeOne(
  record: ActivityFile,
  kind: 'create' | 'edit' | 'revert',
  base: Revision | undefined,
  extra: { reason?: string | undefined; note?: string },
): Promise<{ changed: boolean }> {
  const mode = kind === 'create' ? 'create' : 'edit';
  const reason = extra.reason?.trim();
  await ensureSeeded();
  const db = getDb();
  const at = new Date().toISOString();
  return db.transaction('rw', db.activities, db.history, async () => {
    const before = (await db.activities.get(record.id)) ?? null;
    if (mode === 'create' && before) throw new WriteRefused('exists', [record.id]);
    if (mode === 'edit') checkBase(record.id, before, base);
    if (mode === 'edit' && !before) throw new WriteRefused('missing', [record.id]);
    if (before && sameRecord(toFileRecord(before), record)) return { changed: false };
    const after = asAnalyst(record, at);
    await db.activities.put(after);
    await db.history.add({
      activityId: record.id,
      batchId: newBatchId(),
      at,
      kind,
      before,
      after,
      ...(extra.note ? { note: extra.note } : {}),
      ...(reason ? { reason } : {}),
    });
    return { changed: true };
  });
}

/** Deletes one record; with `base`, only the version the analyst saw (see saveRecord). */
export async function deleteRecord(id: string, base?: Revision): Promise<void> {
  const db = getDb();
  const at = new Date().toISOString();
  await db.transaction('rw', db.activities, db.history, async () => {
    const before = await db.activities.get(id);
    checkBase(id, before ?? null, base);
    if (!before) throw new WriteRefused('missing', [id]);
    await db.activities.delete(id);
    await db.history.add({ activityId: id, batchId: newBatchId(), at, kind: 'delete', before, after: null });
  });
}
