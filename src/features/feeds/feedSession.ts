import { TAB_ID } from '../../db/changeFeed';
import { connectionState } from '../../db/connection';
import { WriteFailed } from '../../db/errors';
import type { FromFeedWorker, ToFeedWorker } from './feedMessages';
import { lockedSync, type LockedSyncOptions } from './lockedSync';
import type { SyncProgress, SyncResult } from './syncFeed';

export type OnSyncProgress = (address: string, p: SyncProgress) => void;

/**
 * The database was deleted or upgraded in another tab (or is a newer version's): a sync would open it again, and so
 * recreate a deleted one behind the "deleted in another tab" banner. Until the page is reloaded every sync is
 * refused, as the import's are (importSession.ts). Checked at each sync, not only at the start: the Feeds page keeps
 * its session while the analyst stays on it.
 */
const refused = () =>
  connectionState() === 'open'
    ? null
    : Promise.reject(new WriteFailed('closed', [], 'The database was closed by another tab'));

/**
 * Syncs feeds in a worker, one request per feed at a time; where there are no workers (the tests' jsdom) the same
 * code runs on this thread.
 */
export function openFeedSession(onProgress: OnSyncProgress): {
  sync(address: string, options?: LockedSyncOptions): Promise<SyncResult>;
  dispose(): void;
} {
  if (typeof Worker === 'undefined' || connectionState() !== 'open')
    // No worker is started on a closed database: its first sync would have been refused anyway.
    return {
      sync: (address, options) => refused() ?? lockedSync(address, (p) => onProgress(address, p), options),
      dispose: () => {},
    };

  // Named with this page's id, so its writes announce themselves as the page's own (see db/changeFeed.ts): the page
  // refetches once after a sync, not a second time on the worker's broadcast.
  const worker = new Worker(new URL('./feed.worker.ts', import.meta.url), { type: 'module', name: TAB_ID });
  const waiting = new Map<string, { resolve: (r: SyncResult) => void; reject: (e: Error) => void }>();
  let disposed = false;
  worker.onmessage = (e: MessageEvent<FromFeedWorker>) => {
    const m = e.data;
    if (m.type === 'progress') return onProgress(m.address, m.progress);
    const w = waiting.get(m.address);
    waiting.delete(m.address);
    if (m.type === 'done') w?.resolve(m.result);
    else w?.reject(new Error(m.message));
    if (disposed && waiting.size === 0) worker.terminate();
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const w of waiting.values()) w.reject(new Error(e.message || 'The feed worker stopped'));
    waiting.clear();
  };
  return {
    sync: (address, options) =>
      refused() ??
      new Promise<SyncResult>((resolve, reject) => {
        if (waiting.has(address)) return resolve({ kind: 'busy' });
        waiting.set(address, { resolve, reject });
        worker.postMessage({ type: 'sync', address, options } satisfies ToFeedWorker);
      }),
    // A sync that is writing is let finish: terminating would abort its transaction (harmless, but wasted).
    dispose: () => {
      disposed = true;
      if (waiting.size === 0) worker.terminate();
    },
  };
}
