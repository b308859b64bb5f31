import type { LockedSyncOptions } from './lockedSync';
import type { SyncProgress, SyncResult } from './syncFeed';

/** What the page and the feed worker say to each other. */
export type ToFeedWorker = { type: 'sync'; address: string; options?: LockedSyncOptions };

export type FromFeedWorker =
  | { type: 'progress'; address: string; progress: SyncProgress }
  | { type: 'done'; address: string; result: SyncResult }
  | { type: 'crashed'; address: string; message: string };
