import type { DraftInput } from '../../../src/domain/drafting';
import { draftInWorker } from '../../../src/features/drafting/draftInWorker';

// The bench page: drafts a release in the drafting worker as the import page will, timing the round trip
// (post, read, answer) from the main thread.
declare global {
  interface Window {
    __draft: (input: DraftInput) => Promise<{ ms: number; ok: boolean; drafts: number }>;
  }
}

window.__draft = async (input) => {
  const t0 = performance.now();
  const r = await draftInWorker(input);
  return { ms: performance.now() - t0, ok: r.ok, drafts: r.ok ? r.file.drafts.length : 0 };
};
