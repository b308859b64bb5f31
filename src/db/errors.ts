import type { Activity } from '../domain/activity';

/**
 * Why a write failed, in terms the UI can explain. Every write runs in one Dexie transaction, so whatever the
 * reason, nothing of it was kept.
 */
export type WriteFailure =
  'quota' | 'closed' | 'newer' | 'exists' | 'missing' | 'conflict' | 'stale' | 'undone' | 'unknown';

/** A refusal decided by our own checks (not by IndexedDB), with what it concerns. */
export class WriteRefused extends Error {
  constructor(
    readonly reason: Exclude<WriteFailure, 'quota' | 'closed' | 'newer' | 'unknown'>,
    readonly ids: readonly string[] = [],
  ) {
    super(`${reason}${ids.length ? `: ${ids.join(', ')}` : ''}`);
    this.name = 'WriteRefused';
  }
}

/**
 * An edit refused because the record changed (or was deleted) since the form was opened from it: saving would
 * silently undo that change. `theirs` is the record as stored now (null: deleted), for the editor's conflict view.
 */
export class EditConflict extends WriteRefused {
  constructor(
    readonly id: string,
    readonly theirs: Activity | null,
  ) {
    super('stale', [id]);
    this.name = 'EditConflict';
  }
}

/**
 * A write failure that crossed a thread boundary (the import writes in a worker): errors lose their class when
 * posted, so the worker sends what `classifyWriteError` found and the page rebuilds it as this.
 */
export class WriteFailed extends Error {
  constructor(
    readonly reason: WriteFailure,
    readonly ids: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = 'WriteFailed';
  }
}

/** What a failed write posts across a thread boundary. */
export interface FailureMessage {
  reason: WriteFailure;
  ids: string[];
  message: string;
}

export function describeFailure(e: unknown): FailureMessage {
  return {
    reason: classifyWriteError(e),
    ids: e instanceof WriteRefused || e instanceof WriteFailed ? [...e.ids] : [],
    message: e instanceof Error ? e.message : String(e),
  };
}

export const failureFrom = (m: FailureMessage): Error =>
  m.reason === 'quota' || m.reason === 'closed' || m.reason === 'newer' || m.reason === 'unknown'
    ? new WriteFailed(m.reason, m.ids, m.message)
    : new WriteRefused(m.reason, m.ids);

/**
 * The names of an error and of the errors it wraps: Dexie puts IndexedDB's own error in `inner` (an aborted
 * transaction's AbortError, a failed open's OpenFailedError), and the errors of the single requests of a bulk write
 * or a modify() in `failures` (BulkError, ModifyError). A full disk may be any of them.
 */
function names(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 4) return [];
  const o = e as { name?: unknown; inner?: unknown; failures?: unknown };
  const failures = Array.isArray(o.failures) ? (o.failures as unknown[]) : [];
  return [
    ...(typeof o.name === 'string' ? [o.name] : []),
    ...names(o.inner, depth + 1),
    ...failures.flatMap((f) => names(f, depth + 1)),
  ];
}

export function classifyWriteError(e: unknown): WriteFailure {
  if (e instanceof WriteRefused || e instanceof WriteFailed) return e.reason;
  const n = names(e);
  if (n.includes('QuotaExceededError')) return 'quota';
  if (n.includes('NewerDatabaseError')) return 'newer';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'InvalidStateError')) return 'closed';
  return 'unknown';
}
