import { embeddedDataHash, loadEmbeddedData, storedHintKey } from 'virtual:embedded-data';
import type { ActivityFile } from '../domain/activity';
import type { Source } from '../domain/source';

/**
 * The embedded data set (data/activities/ and data/sources/), built as one JSON file (scripts/vite/embeddedData.ts)
 * and fetched only when the database does not hold it yet. The files are validated by the test suite
 * (tests/unit/dataset.test.ts), which CI runs before every build, rather than at each start-up.
 */
export interface EmbeddedData {
  activities: ActivityFile[];
  sources: Source[];
}

/** The build's content hash of the data set (`hashOf` of what `loadEmbedded` gives): known without loading it. */
export const embeddedHash: string = embeddedDataHash;

/**
 * Whether this browser, as far as it remembers, has stored this build's data set: a hint, read synchronously at
 * start-up, to fetch the data set at once when it will be needed, instead of after IndexedDB has answered. The
 * database's own marker decides whether to seed (seed.ts); a wrong hint only costs a fetch or an early start. The
 * page's head reads it too, to ask for the data set before the app's code has arrived (scripts/vite/embeddedData.ts).
 */
export function embeddedProbablyStored(): boolean {
  try {
    return localStorage.getItem(storedHintKey) === embeddedHash;
  } catch {
    return false; // no localStorage (a worker, or storage blocked)
  }
}

export function rememberEmbeddedStored(hash: string): void {
  try {
    localStorage.setItem(storedHintKey, hash);
  } catch {
    // no localStorage: the hint is only an optimisation
  }
}

let loading: Promise<EmbeddedData> | null = null;

/** The data set, loaded once per page (or worker); a failed load is tried again by the next caller. */
export function loadEmbedded(): Promise<EmbeddedData> {
  loading ??= (loadEmbeddedData() as Promise<EmbeddedData>).catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/** A content hash of the embedded data set: a new hash means a newer data set to merge in. */
export async function hashOf(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
