import { TAB_ID } from '../../db/changeFeed';
import { failureFrom, WriteFailed } from '../../db/errors';
import { connectionState } from '../../db/connection';
import type { ImportOutcome } from '../../db/importWrites';
import { createImportJob, type CheckResult, type ImportJob, type ImportProgress, type UndoOutcome } from './importJob';
import type { FromWorker, ToWorker } from './importMessages';

/** One file's import as the page drives it: check, then (after the preview) write; or an undo. */
export interface ImportSession extends ImportJob {
  /** Stops the work (a new file, cancel, leaving the page): nothing is written unless the write had begun. */
  dispose(): void;
}

/** The import in a worker; where there are none (the tests' jsdom), the same job runs on this thread. */
export function openImportSession(onProgress: (p: ImportProgress) => void): ImportSession {
  // The database was deleted or upgraded elsewhere: a new worker would open (and so recreate) it. Nothing is
  // started and every step is refused until the page is reloaded.
  if (connectionState() !== 'open') {
    const refuse = () => Promise.reject(new WriteFailed('closed', [], 'The database was closed by another tab'));
    return { warm: () => Promise.resolve(), check: refuse, write: refuse, undo: refuse, dispose: () => {} };
  }
  if (typeof Worker === 'undefined') {
    const job = createImportJob(onProgress);
    return { ...job, warm: () => job.warm().catch(() => undefined), dispose: () => {} };
  }

  // Named after this tab: the worker's writes are then announced as this tab's (see changeFeed.ts), which refetches
  // once on the outcome instead of twice.
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: TAB_ID });
  let waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  let writing = false;
  let disposed = false;
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'progress') return onProgress(m.progress);
    const w = waiting;
    waiting = null;
    writing = false;
    if (disposed) worker.terminate();
    if (m.type === 'failed') w?.reject(failureFrom(m.error));
    else w?.resolve(m);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    waiting?.reject(new Error(e.message || 'The import worker stopped'));
    waiting = null;
  };
  const ask = (m: ToWorker) =>
    new Promise<FromWorker>((resolve, reject) => {
      waiting = { resolve, reject };
      worker.postMessage(m);
    });
  return {
    warm: () => {
      worker.postMessage({ type: 'warm' } satisfies ToWorker);
      return Promise.resolve();
    },
    async check(file): Promise<CheckResult> {
      const m = await ask({ type: 'check', file });
      if (m.type !== 'checked') throw new Error(`unexpected ${m.type}`);
      return m.result;
    },
    async write(note): Promise<ImportOutcome> {
      writing = true;
      const m = await ask({ type: 'write', note });
      if (m.type !== 'written') throw new Error(`unexpected ${m.type}`);
      return m.outcome;
    },
    async undo(batchId): Promise<UndoOutcome> {
      writing = true;
      const m = await ask({ type: 'undo', batchId });
      if (m.type !== 'undone') throw new Error(`unexpected ${m.type}`);
      return m.outcome;
    },
    // A write that has begun is let finish (terminating would abort its transaction): leaving the page after
    // confirming must not cancel the import. The worker ends when it reports.
    dispose: () => {
      disposed = true;
      if (!writing) worker.terminate();
    },
  };
}
