import { draftRelease, type DraftInput, type DraftResult } from '../../domain/drafting';
import type { FromDraftingWorker, ToDraftingWorker } from './draftingMessages';

/**
 * Drafts a release in the drafting worker (one worker, started on first use and kept for the next release).
 * Where there are no workers (the tests' jsdom) the engine runs on this thread. Resolves, never rejects: a worker
 * that fails to start or dies comes back as the error 'internal'.
 */
let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: DraftResult) => void>();

export function draftInWorker(input: DraftInput): Promise<DraftResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(draftRelease(input));
  const w = (worker ??= start());
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, input } satisfies ToDraftingWorker);
  });
}

function start(): Worker {
  const w = new Worker(new URL('./drafting.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<FromDraftingWorker>) => {
    waiting.get(e.data.id)?.(e.data.result);
    waiting.delete(e.data.id);
  };
  w.onerror = (e) => {
    e.preventDefault();
    const message = e.message || 'The drafting worker stopped';
    for (const resolve of waiting.values()) resolve({ ok: false, error: { code: 'internal', message }, notices: [] });
    waiting.clear();
    w.terminate();
    worker = null;
  };
  return w;
}

/** Stops the worker (tests, or a page that wants the memory back); the next call starts a new one. */
export function stopDraftingWorker(): void {
  worker?.terminate();
  worker = null;
}
