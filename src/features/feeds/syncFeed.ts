import { sha256Hex } from '../../domain/feed/hash';
import { chunkUrl, parseManifest, type ChunkRef, type FeedManifest } from '../../domain/feed/manifest';
import { parseActivitiesJson, type ParseOptions } from '../../domain/formats/json';
import type { Problem } from '../../domain/formats/problems';
import { describeFailure } from '../../db/errors';
import { applyFeedSync, type FeedSyncOutcome, type VerifiedChunk } from '../../db/feedWrites';
import { getFeed, recordFeedFailure, recordFeedUnchanged } from '../../db/feeds';
import { knownSources } from '../../db/importPreview';
import { readVocabulary } from '../../db/vocabulary';
import { FeedSyncError, type FeedFailure } from '../../domain/feed/failure';

/** `refresh`: the page re-reading its lists after the write (useFeedSync); seconds at 100,000 records. */
export type SyncPhase = 'manifest' | 'fetch' | 'write' | 'refresh';

export interface SyncProgress {
  phase: SyncPhase;
  done: number;
  total: number;
}

export type SyncResult =
  | { kind: 'unchanged' }
  | { kind: 'applied'; outcome: FeedSyncOutcome; fetched: number }
  | { kind: 'busy' }
  /** Synced a moment ago (by the page, or another tab): the start-up sync leaves it. */
  | { kind: 'recent' }
  | { kind: 'failed'; failure: FeedFailure };

export interface SyncDeps {
  fetch: typeof fetch;
  online: () => boolean;
}

const defaultDeps = (): SyncDeps => ({
  fetch: (...args) => fetch(...args),
  online: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
});

/** A request that failed without a response: offline, or (online) unreachable or refused by CORS. */
async function request(deps: SyncDeps, url: string, init: RequestInit, chunk?: string): Promise<Response> {
  let res: Response;
  try {
    res = await deps.fetch(url, { ...init, credentials: 'omit', redirect: 'follow' });
  } catch {
    throw new FeedSyncError(deps.online() ? { code: 'unreachable' } : { code: 'offline' });
  }
  if (res.status !== 304 && !res.ok)
    throw new FeedSyncError({ code: 'http', status: res.status, ...(chunk !== undefined && { chunk }) });
  return res;
}

const problemText = (p: Problem) =>
  `${p.index !== undefined ? `[${p.index}] ` : ''}${p.id ? `${p.id} ` : ''}${p.field}: ${p.code}${p.params?.value !== undefined ? ` (${String(p.params.value)})` : ''}`;

/**
 * One chunk, fetched and checked before anything of it may be written: its bytes must hash to the manifest's
 * SHA-256 (a truncated or altered file fails here), and its records must pass the import's validation and be
 * as many as the manifest says.
 */
async function fetchChunk(
  deps: SyncDeps,
  address: string,
  ref: ChunkRef,
  known: Pick<ParseOptions, 'sources' | 'vocabulary'>,
): Promise<VerifiedChunk> {
  // Chunks never change under their name (they are named by their hash), so the HTTP cache may serve them.
  const res = await request(deps, chunkUrl(address, ref), {}, ref.path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if ((await sha256Hex(bytes)) !== ref.sha256) throw new FeedSyncError({ code: 'chunk.hash', chunk: ref.path });
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = parseActivitiesJson(text, ref.path, known);
  if (!parsed.ok)
    throw new FeedSyncError({
      code: 'chunk.invalid',
      chunk: ref.path,
      detail: parsed.problems.slice(0, 3).map(problemText).join('; '),
    });
  if (parsed.records.length !== ref.records)
    throw new FeedSyncError({
      code: 'chunk.count',
      chunk: ref.path,
      expected: ref.records,
      found: parsed.records.length,
    });
  return { sha256: ref.sha256, text, records: parsed.records };
}

/** Chunks in flight at once: a first sync of 100,000 records is ~100 files, and one at a time leaves the
 * worker idle while each travels (a browser opens at most 6 connections per host anyway). */
const FETCHES_AT_ONCE = 4;

/** Fetches and checks every chunk, a few at a time, in the manifest's order; the first failure stops the rest. */
async function fetchAll(
  wanted: readonly ChunkRef[],
  one: (ref: ChunkRef) => Promise<VerifiedChunk>,
  onDone: (done: number) => void,
): Promise<VerifiedChunk[]> {
  const out = new Array<VerifiedChunk>(wanted.length);
  let next = 0;
  let done = 0;
  let failed = false;
  onDone(0);
  const lane = async () => {
    while (!failed && next < wanted.length) {
      const i = next++;
      try {
        out[i] = await one(wanted[i]!);
      } catch (e) {
        failed = true;
        throw e;
      }
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCHES_AT_ONCE, wanted.length) }, lane));
  return out;
}

/**
 * One sync of one feed: the manifest (conditional on its ETag), then only the chunks this browser does not hold,
 * each verified; then one transaction applies it all (db/feedWrites). A failure is recorded on the feed and
 * nothing else is written.
 */
export async function syncFeedNow(
  address: string,
  onProgress: (p: SyncProgress) => void = () => {},
  deps: SyncDeps = defaultDeps(),
): Promise<SyncResult> {
  const feed = await getFeed(address);
  if (!feed) return { kind: 'failed', failure: { code: 'write', detail: 'not subscribed' } };
  try {
    onProgress({ phase: 'manifest', done: 0, total: 1 });
    // `no-cache`: the browser revalidates with the server every time (the ETag comes back as If-None-Match).
    const headers: Record<string, string> = feed.etag && feed.chunks.length > 0 ? { 'If-None-Match': feed.etag } : {};
    const res = await request(deps, address, { headers, cache: 'no-cache' });
    if (res.status === 304) {
      await recordFeedUnchanged(address);
      return { kind: 'unchanged' };
    }
    const parsed = parseManifest(await res.text());
    if (!parsed.ok) throw new FeedSyncError(parsed.problem);
    const manifest: FeedManifest = parsed.manifest;
    const held = new Set(feed.chunks.map((c) => c.sha256));
    const wanted = manifest.chunks.filter((c) => !held.has(c.sha256));
    // Checked as an import checks: against the releases and the vocabulary (embedded + the analyst's) known here.
    const [known, vocabulary] = await Promise.all([knownSources(), readVocabulary()]);
    const sources = [...known, ...manifest.sources];
    const fetched = await fetchAll(
      wanted,
      (ref) => fetchChunk(deps, address, ref, { sources, vocabulary }),
      (done) => onProgress({ phase: 'fetch', done, total: wanted.length }),
    );
    let outcome: FeedSyncOutcome;
    try {
      outcome = await applyFeedSync(address, manifest, res.headers.get('ETag'), fetched, (p) =>
        onProgress({ phase: 'write', ...p }),
      );
    } catch (e) {
      throw new FeedSyncError({ code: 'write', detail: describeFailure(e).message });
    }
    return { kind: 'applied', outcome, fetched: fetched.length };
  } catch (e) {
    if (!(e instanceof FeedSyncError)) throw e;
    // Recording the failure may fail too (the database is the trouble): the result still says what happened.
    await recordFeedFailure(address, e.failure).catch(() => undefined);
    return { kind: 'failed', failure: e.failure };
  }
}
