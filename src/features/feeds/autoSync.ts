import { listFeeds } from '../../db/feeds';
import { openFeedSession } from './feedSession';

/**
 * Sync every subscription once at start, after the first page has had its turn (the views come first). Each
 * sync runs under the feed's Web Lock, so two tabs opened together sync once.
 */
export async function syncFeedsOnStart(): Promise<void> {
  await new Promise((r) => setTimeout(r, 3000));
  const feeds = await listFeeds().catch(() => []);
  if (feeds.length === 0) return;
  const session = openFeedSession(() => {});
  await Promise.allSettled(feeds.map((f) => session.sync(f.address)));
  session.dispose();
}
