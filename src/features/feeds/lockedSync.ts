import { getFeed } from '../../db/feeds';
import { withFeedLock } from './feedLock';
import { syncFeedNow, type SyncProgress, type SyncResult } from './syncFeed';

export interface LockedSyncOptions {
  /** Leave the feed when its last sync is younger than this (checked before the lock and again under it). */
  unlessSyncedWithinMs?: number;
}

/** A sync under the feed's lock: "busy" when another tab (or this one) is already syncing that feed. */
export async function lockedSync(
  address: string,
  onProgress: (p: SyncProgress) => void,
  options: LockedSyncOptions = {},
): Promise<SyncResult> {
  const within = options.unlessSyncedWithinMs;
  const recent = async () => {
    if (within === undefined) return false;
    const last = (await getFeed(address))?.lastSync;
    return Boolean(last && Date.now() - Date.parse(last) < within);
  };
  // Checked before taking the lock too: a start-up sync that has nothing to do must not hold the lock, even briefly,
  // or an analyst's "Sync now" at that moment would be told the feed is busy.
  if (await recent()) return { kind: 'recent' };
  const result = await withFeedLock(address, async (): Promise<SyncResult> =>
    (await recent()) ? { kind: 'recent' } : syncFeedNow(address, onProgress),
  );
  return result ?? { kind: 'busy' };
}
