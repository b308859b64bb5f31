import { connectionState } from '../../db/connection';
import { listFeeds } from '../../db/feeds';
import { openFeedSession } from './feedSession';

/** A feed synced this recently (by the analyst, or by another tab's start) is not fetched again at start. */
export const START_SYNC_UNLESS_WITHIN_MS = 10 * 60 * 1000;

/**
 * Sync every subscription once at start (main.tsx calls it a few seconds after the first page has loaded: the views
 * come first). Each
 * sync runs under the feed's Web Lock, so two tabs opened together sync once, and a feed synced in the last ten
 * minutes is left as it is (an analyst who subscribes or clicks Sync now right after opening sees their own sync).
 */
export async function syncFeedsOnStart(): Promise<void> {
  // Deleted or upgraded in another tab before this start: nothing is written until reload (the session refuses
  // too, should that happen while the feeds are listed).
  if (connectionState() !== 'open') return;
  const feeds = await listFeeds().catch(() => []);
  if (feeds.length === 0) return;
  const session = openFeedSession(() => {});
  await Promise.allSettled(
    feeds.map((f) => session.sync(f.address, { unlessSyncedWithinMs: START_SYNC_UNLESS_WITHIN_MS })),
  );
  session.dispose();
}
