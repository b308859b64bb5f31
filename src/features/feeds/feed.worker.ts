import { lockedSync } from './lockedSync';
import type { FromFeedWorker, ToFeedWorker } from './feedMessages';

// Off the main thread: fetching, hashing, parsing and validating chunks, merging and writing (a first sync of
// 100,000 records is seconds of work). The worker opens the same database through src/db.
const post = (m: FromFeedWorker) => self.postMessage(m);

self.onmessage = (e: MessageEvent<ToFeedWorker>) => {
  const { address, options } = e.data;
  lockedSync(address, (progress) => post({ type: 'progress', address, progress }), options).then(
    (result) => post({ type: 'done', address, result }),
    (err: unknown) => post({ type: 'crashed', address, message: err instanceof Error ? err.message : String(err) }),
  );
};
