import type { Activity, ActivityFile, ExportedActivity, FeedOrigin } from '../domain/activity';
import type { FeedManifest } from '../domain/feed/manifest';
import { planFeedMerge } from '../domain/feed/merge';
import { inChunks } from './chunks';
import { BATCH_ROW, getDb, type HistoryRow } from './database';
import { WriteRefused } from './errors';
import type { FeedConflictRow } from './feedTables';
import { storedCounterparts } from './importPreview';
import type { OnWriteProgress } from './importWrites';
import { ensureSeeded } from './seed';
import { newBatchId } from './writeHelpers';

/** A chunk the sync fetched, verified and validated: its text (the next sync's base) and its records. */
export interface VerifiedChunk {
  sha256: string;
  text: string;
  records: readonly ActivityFile[];
}

export interface FeedSyncOutcome {
  created: number;
  updated: number;
  deleted: number;
  conflicts: number;
}

export const originOf = (address: string): FeedOrigin => `feed:${address}`;

/**
 * A record as a feed write stores it: with the write's time as its revision (`updatedAt`, see writes.ts), so an
 * editor opened on the record before a sync changed it is refused on save instead of overwriting the feed's
 * change. `r` is built from the feed's file record (asFeedRecord), so it carries no `storedAt` that would
 * outrank that revision. Feed records are told from the analyst's by their origin, never by their time stamps.
 */
export const stampedAt = (r: Activity, at: string): Activity => ({ ...r, updatedAt: at });

/**
 * The records of a chunk text this browser verified and stored earlier (so read without checking again), as
 * content only: a chunk may carry `updatedAt` stamps, which the merge must not mistake for a change.
 */
const recordsOf = (text: string): ActivityFile[] =>
  (JSON.parse(text) as { activities: ExportedActivity[] }).activities.map((a) => {
    if (a.updatedAt === undefined) return a;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { updatedAt, ...content } = a;
    return content;
  });

/**
 * Applies a new manifest of a feed: the records of its new chunks are merged (domain/feed/merge) against those of
 * the chunks it no longer lists, and everything — records, history, conflicts, the chunk texts and the manifest
 * with its ETag — is written in ONE transaction, in chunks as an import writes (inChunks). A sync cut short
 * (tab closed, network lost before this point, any write failing) leaves the database as it was, and the
 * stored manifest still names the old chunks, so the next sync fetches and applies the same change again.
 */
export async function applyFeedSync(
  address: string,
  manifest: FeedManifest,
  etag: string | null,
  fetched: readonly VerifiedChunk[],
  onProgress: OnWriteProgress = () => {},
): Promise<FeedSyncOutcome> {
  await ensureSeeded();
  const db = getDb();
  const origin = originOf(address);
  const at = new Date().toISOString();
  const batchId = newBatchId();
  const tables = [db.activities, db.history, db.feeds, db.feedChunks, db.feedConflicts];
  return db.transaction('rw', tables, async () => {
    const feed = await db.feeds.get(address);
    if (!feed) throw new WriteRefused('missing');
    const next = new Set(manifest.chunks.map((c) => c.sha256));
    const kept = new Set(feed.chunks.map((c) => c.sha256).filter((h) => next.has(h)));
    const removed = feed.chunks.filter((c) => !next.has(c.sha256)).map((c) => [address, c.sha256] as [string, string]);
    const added = fetched.filter((c) => !kept.has(c.sha256));
    // Fetched against another stored state (another tab applied a sync in between): refuse, the next sync redoes it.
    const have = new Set([...kept, ...added.map((c) => c.sha256)]);
    const missing = manifest.chunks.filter((c) => !have.has(c.sha256)).map((c) => c.path);
    if (missing.length > 0) throw new WriteRefused('conflict', missing);

    const base = new Map<string, ActivityFile>();
    for (const row of await db.feedChunks.bulkGet(removed))
      if (row) for (const r of recordsOf(row.text)) base.set(r.id, r);
    const theirs = new Map<string, ActivityFile>();
    for (const c of added) for (const r of c.records) theirs.set(r.id, r);
    const mine = await storedCounterparts(db, [...theirs.values(), ...base.values()]);
    const plan = planFeedMerge({ origin, base, theirs, mine });
    const puts = plan.puts.map((p) => stampedAt(p, at));

    const total = puts.length + plan.deletes.length;
    onProgress({ done: 0, total });
    await inChunks(db.activities, 'put', puts, (done) => onProgress({ done, total }));
    await inChunks(db.activities, 'delete', plan.deletes, (done) => onProgress({ done: puts.length + done, total }));

    const history: HistoryRow[] = [];
    const created: string[] = [];
    for (const p of puts) {
      const before = mine.get(p.id) ?? null;
      if (before) history.push({ activityId: p.id, batchId, at, kind: 'feed', before, after: p, note: address });
      else created.push(p.id);
    }
    for (const id of plan.deletes)
      history.push({
        activityId: id,
        batchId,
        at,
        kind: 'feed',
        before: mine.get(id) ?? null,
        after: null,
        note: address,
      });
    await inChunks(db.history, 'add', history);
    if (created.length > 0)
      await db.history.add({
        activityId: BATCH_ROW,
        batchId,
        at,
        kind: 'feed',
        before: null,
        after: null,
        note: address,
        created,
      });

    // A conflict stands until the analyst settles it, or until the feed and the analyst agree (or the feed's
    // version was written, e.g. the analyst's copy was deleted and the feed brought the record anew).
    // Only the conflicts that stand are looked at. Deleting a key per written record (100,000 on a first sync) took
    // ~6 s of the write, and Dexie's change notice listing every deleted key cost each open tab a 265 ms task.
    const standing = await db.feedConflicts.where('feed').equals(address).primaryKeys();
    const settled = new Set([...plan.settled, ...puts.map((p) => p.id), ...plan.deletes]);
    if (standing.length > 0) await db.feedConflicts.bulkDelete(standing.filter(([, id]) => settled.has(id)));
    // A version kept against the feed's leaves the change sets once the feed agrees with it or the feed's is stored.
    const stillKept = (feed.kept ?? []).filter((id) => !settled.has(id));
    const conflicts: FeedConflictRow[] = plan.conflicts.map((c) => ({ feed: address, at, ...c }));
    await db.feedConflicts.bulkPut(conflicts);

    await db.feedChunks.bulkDelete(removed);
    await inChunks(
      db.feedChunks,
      'put',
      added.map((c) => ({ feed: address, sha256: c.sha256, text: c.text })),
      undefined,
      20,
    );
    // The last error is dropped, and the ETag replaced: it belongs to the manifest now applied.
    await db.feeds.put({
      address,
      subscribedAt: feed.subscribedAt,
      title: manifest.title,
      generated: manifest.generated,
      chunks: manifest.chunks,
      ...(etag !== null && { etag }),
      lastSync: at,
      appliedAt: at,
      ...(stillKept.length > 0 && { kept: stillKept }),
    });
    return {
      created: created.length,
      updated: puts.length - created.length,
      deleted: plan.deletes.length,
      conflicts: conflicts.length,
    };
  });
}
