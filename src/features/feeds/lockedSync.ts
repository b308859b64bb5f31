import { getFeed } from '../../db/feeds';
import { withFeedLock } from './feedLock';
import { syncFeedNow, type SyncProgress, type SyncResult } from './syncFeed';

export interface LockedSyncOptions {
  /** Leave the feed when its last sync is younger than this (checked under the lock, after any sync in flight). */
  unlessSyncedWithinMs?: number;
}

/** A sync under the feed's lock: "busy" when another tab (or this one) is already syncing that feed. */
export async function lockedSync(
  address: string,
  onProgress: (p: SyncProgress) => void,
  options: LockedSyncOptions = {},
): Promise<SyncResult> {
  const result = await withFeedLock(address, async (): Promise<SyncResult> => {
    const within = options.unlessSyncedWithinMs;
    if (within !== undefined) {
      const last = (await getFeed(address))?.lastSync;
      if (last && Date.now() - Date.parse(last) < within) return { kind: 'recent' };
    }
    return syncFeedNow(address, onProgress);
  });
  return result ?? { kind: 'busy' };
}
