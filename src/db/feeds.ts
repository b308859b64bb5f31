import { toFileRecord, type ActivityFile } from '../domain/activity';
import { asFeedRecord } from '../domain/feed/merge';
import { inChunks } from './chunks';
import { BATCH_ROW, getDb } from './database';
import { WriteRefused } from './errors';
import type { FeedFailure } from '../domain/feed/failure';
import type { FeedConflictRow, FeedRow } from './feedTables';
import { originOf, stampedAt } from './feedWrites';
import { newBatchId } from './writeHelpers';

export interface FeedSummary extends FeedRow {
  conflicts: number;
  records: number;
}

/** Every subscription with its count of stored records and open conflicts, oldest first. */
export async function listFeeds(): Promise<FeedSummary[]> {
  const db = getDb();
  const feeds = await db.feeds.toArray();
  const out = await Promise.all(
    feeds.map(async (f) => ({
      ...f,
      conflicts: await db.feedConflicts.where('feed').equals(f.address).count(),
      records: await db.activities.where('origin').equals(originOf(f.address)).count(),
    })),
  );
  return out.sort((a, b) => (a.subscribedAt < b.subscribedAt ? -1 : 1));
}

export const getFeed = (address: string): Promise<FeedRow | undefined> => getDb().feeds.get(address);

/** Adds a subscription with no chunks applied yet; the first sync then fetches every chunk. */
export async function subscribeFeed(address: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.feeds, async () => {
    if (await db.feeds.get(address)) throw new WriteRefused('exists', [address]);
    await db.feeds.add({ address, title: address, subscribedAt: new Date().toISOString(), chunks: [] });
  });
}

/**
 * Ends a subscription: the feed's own records go (those the analyst edited are the analyst's now, and stay),
 * with its chunk texts and conflicts, in one transaction. The history lists the records removed.
 */
export async function unsubscribeFeed(address: string): Promise<{ removed: number }> {
  const db = getDb();
  const at = new Date().toISOString();
  return db.transaction('rw', [db.activities, db.history, db.feeds, db.feedChunks, db.feedConflicts], async () => {
    const ids = await db.activities.where('origin').equals(originOf(address)).primaryKeys();
    await inChunks(db.activities, 'delete', ids);
    if (ids.length > 0)
      await db.history.add({
        activityId: BATCH_ROW,
        batchId: newBatchId(),
        at,
        kind: 'feed',
        before: null,
        after: null,
        note: address,
        removed: ids,
      });
    await db.feedChunks.where('feed').equals(address).delete();
    await db.feedConflicts.where('feed').equals(address).delete();
    await db.feeds.delete(address);
    return { removed: ids.length };
  });
}

/** A sync that failed: the feed's data stay as they were; the page says what went wrong and when. */
export async function recordFeedFailure(address: string, failure: FeedFailure): Promise<void> {
  await getDb().feeds.update(address, { lastError: { ...failure, at: new Date().toISOString() } });
}

/** The server answered 304 Not Modified: a completed sync with nothing to apply. */
export async function recordFeedUnchanged(address: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.feeds, async () => {
    const feed = await db.feeds.get(address);
    if (!feed) return;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { lastError, ...rest } = feed;
    await db.feeds.put({ ...rest, lastSync: new Date().toISOString() });
  });
}

export const listConflicts = (address: string): Promise<FeedConflictRow[]> =>
  getDb().feedConflicts.where('feed').equals(address).sortBy('id');

/**
 * Settles a conflict. "Theirs" stores the feed's version (or deletes the record the feed deleted) as the feed's
 * own record again, with a history row; "mine" keeps the analyst's version and only drops the conflict.
 */
export async function settleConflict(address: string, id: string, take: 'theirs' | 'mine'): Promise<void> {
  const db = getDb();
  const at = new Date().toISOString();
  await db.transaction('rw', [db.activities, db.history, db.feedConflicts, db.feeds], async () => {
    const conflict = await db.feedConflicts.get([address, id]);
    if (!conflict) throw new WriteRefused('missing', [id]);
    if (take === 'theirs') {
      const before = (await db.activities.get(id)) ?? null;
      const after = conflict.theirs ? stampedAt(asFeedRecord(conflict.theirs, originOf(address)), at) : null;
      if (after) await db.activities.put(after);
      else await db.activities.delete(id);
      await db.history.add({ activityId: id, batchId: newBatchId(), at, kind: 'feed', before, after, note: address });
    } else {
      const feed = await db.feeds.get(address);
      if (feed && !feed.kept?.includes(id)) await db.feeds.put({ ...feed, kept: [...(feed.kept ?? []), id] });
    }
    await db.feedConflicts.delete([address, id]);
  });
}

/**
 * The analyst's new and edited records since the feed's last sync that brought a new version (a sync that found
 * nothing new does not count: the feed still lacks those changes), in the file form: the change set the feed's
 * keeper merges into the feed's source and publishes again. Chosen by when THIS browser stored them
 * (`storedAt ?? updatedAt`, see activitySchema), not by `updatedAt` alone: a record imported since the sync is new
 * to the feed even when its file says it was last changed long before (an import keeps that). A version the analyst
 * kept against the feed's ("keep mine") is in it too, however old the edit: the feed still lacks it.
 */
export async function changesSinceSync(address: string): Promise<ActivityFile[]> {
  const db = getDb();
  const feed = await db.feeds.get(address);
  const since = feed?.appliedAt ?? feed?.subscribedAt ?? '';
  const kept = new Set(feed?.kept ?? []);
  const rows = await db.activities
    .where('origin')
    .equals('analyst')
    .filter((a) => kept.has(a.id) || (a.storedAt ?? a.updatedAt ?? '') > since)
    .toArray();
  return rows.map(toFileRecord).sort((a, b) => (a.id < b.id ? -1 : 1));
}
