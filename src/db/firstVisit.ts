import type { Activity } from '../domain/activity';
import { DB_NAME } from './database';
import { loadEmbedded } from './embedded';

/**
 * Whether this browser holds no database of ours yet: the very first visit. Creating IndexedDB's files on a fresh
 * profile takes 100–250 ms on this machine before the seed can even start, and the views would wait for it. On a
 * first visit the database is about to hold exactly the embedded data set, so the views may draw that at once, as
 * placeholder data that the records read back from the database replace once stored (see queries.ts). False where
 * the browser cannot tell.
 */
export async function isFirstVisit(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
  try {
    const dbs = await indexedDB.databases();
    return !dbs.some((d) => d.name === DB_NAME);
  } catch {
    return false;
  }
}

let asked: Promise<boolean> | null = null;
let answer: boolean | undefined;

/** Asked once per page load, before the database is opened (opening it creates it). */
export function askFirstVisit(): Promise<boolean> {
  asked ??= isFirstVisit().then((v) => (answer = v));
  return asked;
}

/**
 * The answer if it is already in (main.tsx asks at start-up, and it usually is by the first render): the views can
 * then draw the placeholder in their first render instead of one render and a timer later.
 */
export function firstVisitAnswer(): boolean | undefined {
  return answer;
}

let placeholder: Promise<Activity[]> | null = null;
let loaded: Activity[] | undefined;

/** The embedded records as the seed stores them (see seed.ts), one array for every caller. */
export function loadEmbeddedAsStored(): Promise<Activity[]> {
  placeholder ??= loadEmbedded().then(
    ({ activities }) => (loaded = activities.map((a) => ({ ...a, origin: 'embedded' as const }))),
    (e: unknown) => {
      placeholder = null;
      throw e;
    },
  );
  return placeholder;
}

/** Those records if they have already arrived (main.tsx starts loading them on a first visit), for a first render. */
export function embeddedAsStoredIfLoaded(): Activity[] | undefined {
  return loaded;
}

export function resetFirstVisitForTests(): void {
  asked = null;
  placeholder = null;
  loaded = undefined;
  answer = undefined;
}
