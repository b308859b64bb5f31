import type { FailureMessage } from '../../db/errors';
import type { ImportOutcome } from '../../db/importWrites';
import type { CheckResult, ImportProgress, UndoOutcome } from './importJob';

/** What the page and the import worker say to each other. */
export type ToWorker =
  | { type: 'warm' }
  | { type: 'check'; file: File }
  | { type: 'write'; note: string }
  | { type: 'undo'; batchId: string };

export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'warm' }
  | { type: 'checked'; result: CheckResult }
  | { type: 'written'; outcome: ImportOutcome }
  | { type: 'undone'; outcome: UndoOutcome }
  | { type: 'failed'; error: FailureMessage };
