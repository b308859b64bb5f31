import type { ManifestProblem } from './manifest';

/**
 * Why a sync stopped. Whatever the reason, nothing of that sync was written: the feed's records stay as the last
 * completed sync left them.
 */
export type FeedFailure =
  /** No network (the browser says it is offline). */
  | { code: 'offline' }
  /** The request failed without a status: host unreachable, or it refuses cross-origin requests (CORS). */
  | { code: 'unreachable' }
  | { code: 'http'; status: number; chunk?: string }
  | ManifestProblem
  | { code: 'chunk.hash'; chunk: string }
  | { code: 'chunk.count'; chunk: string; expected: number; found: number }
  | { code: 'chunk.invalid'; chunk: string; detail: string }
  | { code: 'write'; detail: string };

export class FeedSyncError extends Error {
  constructor(readonly failure: FeedFailure) {
    super(failure.code);
    this.name = 'FeedSyncError';
  }
}
