import { withFeedLock } from './feedLock';
import { syncFeedNow, type SyncProgress, type SyncResult } from './syncFeed';

/** A sync under the feed's lock: "busy" when another tab (or this one) is already syncing that feed. */
export async function lockedSync(address: string, onProgress: (p: SyncProgress) => void): Promise<SyncResult> {
  return (await withFeedLock(address, () => syncFeedNow(address, onProgress))) ?? { kind: 'busy' };
}
