import { describeFailure } from '../../db/errors';
import { createImportJob } from './importJob';
import type { FromWorker, ToWorker } from './importMessages';

// Off the main thread: reading, decoding, CSV parsing (papaparse), validating every record, comparing with the
// database and writing, for files up to 500 MB (JSON read as a stream). The worker opens the same database through src/db.
const post = (m: FromWorker) => self.postMessage(m);
const job = createImportJob((progress) => post({ type: 'progress', progress }));

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  // A failed warm-up is not reported: the check that follows meets the same error and reports it.
  if (msg.type === 'warm') return void job.warm().catch(() => undefined);
  const run: Promise<FromWorker> =
    msg.type === 'check'
      ? job.check(msg.file).then((result) => ({ type: 'checked', result }))
      : msg.type === 'write'
        ? job.write(msg.note).then((outcome) => ({ type: 'written', outcome }))
        : job.undo(msg.batchId).then((outcome) => ({ type: 'undone', outcome }));
  run.then(post, (err: unknown) => post({ type: 'failed', error: describeFailure(err) }));
};
