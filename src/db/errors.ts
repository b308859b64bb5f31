/**
 * Why a write failed, in terms the UI can explain. Every write runs in one Dexie transaction, so whatever the
 * reason, nothing of it was kept.
 */
export type WriteFailure = 'quota' | 'closed' | 'exists' | 'missing' | 'conflict' | 'undone' | 'unknown';

/** A refusal decided by our own checks (not by IndexedDB), with what it concerns. */
export class WriteRefused extends Error {
  constructor(
    readonly reason: Exclude<WriteFailure, 'quota' | 'closed' | 'unknown'>,
    readonly ids: readonly string[] = [],
  ) {
    super(`${reason}${ids.length ? `: ${ids.join(', ')}` : ''}`);
    this.name = 'WriteRefused';
  }
}

function names(e: unknown): string[] {
  const out: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 4; depth++) {
    const o = cur as { name?: unknown; inner?: unknown };
    if (typeof o.name === 'string') out.push(o.name);
    cur = o.inner;
  }
  return out;
}

export function classifyWriteError(e: unknown): WriteFailure {
  if (e instanceof WriteRefused) return e.reason;
  const n = names(e);
  if (n.includes('QuotaExceededError')) return 'quota';
  if (n.some((x) => x === 'DatabaseClosedError' || x === 'InvalidStateError')) return 'closed';
  return 'unknown';
}
