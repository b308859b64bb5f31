import { draftRelease } from '../../domain/drafting';
import type { FromDraftingWorker, ToDraftingWorker } from './draftingMessages';

// Reading a release runs here, off the main thread, with no network call: the engine is pure and its resources
// are bundled with this worker. draftRelease never throws; a bad input comes back as a typed error.
self.onmessage = (e: MessageEvent<ToDraftingWorker>) => {
  const { id, input } = e.data;
  const t0 = performance.now();
  const result = draftRelease(input);
  self.postMessage({ id, result, ms: performance.now() - t0 } satisfies FromDraftingWorker);
};
