import type { Activity, ActivityFile } from '../domain/activity';
import type { FeedFailure } from '../domain/feed/failure';
import type { ChunkRef } from '../domain/feed/manifest';

/** Why the last sync of a feed failed (the Feeds page words it), and when. */
export type FeedFailureRow = FeedFailure & { at: string };

/** A subscription: the feed's address and the manifest as last applied here. */
export interface FeedRow {
  address: string;
  title: string;
  subscribedAt: string;
  /** The applied manifest's chunks: a sync fetches only the chunks missing from this list. */
  chunks: ChunkRef[];
  /** The manifest's ETag, sent back as If-None-Match; stored only with a completed sync. */
  etag?: string;
  generated?: string;
  /** The last sync that completed (applied, or found nothing new). */
  lastSync?: string;
  /** When the manifest now applied was applied: the analyst's changes after it are those the feed lacks. */
  appliedAt?: string;
  /**
   * Records whose conflict the analyst settled with "keep mine": the feed still has its own version, so the
   * analyst's stays in every change set (whenever it was edited) until a sync finds the feed agreeing or the
   * feed's version is taken.
   */
  kept?: string[];
  /** The last failed attempt, cleared by the next completed sync. */
  lastError?: FeedFailureRow;
}

/**
 * A chunk's text as last applied: the base of the next three-way merge. A string, not parsed records: storing
 * a 50 MB feed's text costs one copy, while 100,000 structured records would double the first sync's writes.
 */
export interface FeedChunkRow {
  feed: string;
  sha256: string;
  text: string;
}

/** A feed change an analyst's version stands against, until "take theirs" or "keep mine". */
export interface FeedConflictRow {
  feed: string;
  id: string;
  base: ActivityFile | null;
  theirs: ActivityFile | null;
  mine: Activity | null;
  at: string;
}
