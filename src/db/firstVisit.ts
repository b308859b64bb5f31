import type { Activity } from '../domain/activity';
import { DB_NAME } from './names';
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

/**
 * A page's next paint, then the moment the browser is next idle (a chart measures itself and draws one render after
 * its data): what a first visit's first chart needs is in by then. (A hidden tab does not paint: firstVisitDrawn
 * gives up waiting after 3 s.)
 */
function afterPaintAndIdle(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1000 }) : resolve();
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(idle, 0));
    else idle();
  });
}

let pageShown: () => void = () => undefined;
let shown = new Promise<void>((resolve) => (pageShown = resolve));

/** Called once a route's page has committed (app/routes.tsx): its code is in and it has rendered. */
export function notePageShown(): void {
  pageShown();
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let drawn: Promise<void> | null = null;

/**
 * Resolves at once on a later visit (the views need the database to draw anything), and where nothing loads the
 * embedded set to stand in (a worker); on a first visit, once a page has rendered with that set, painted, and the
 * browser is idle (or the set failed to load, or 3 s have passed: a page that never commits). The database's code waits for
 * it (openDb.ts): on a first visit the first chart needs none of Dexie's 30 KB, nor the time it takes to create
 * IndexedDB's files.
 */
export function firstVisitDrawn(): Promise<void> {
  drawn ??= askFirstVisit().then((first) => {
    // The placeholder is loading only where main.tsx asked for it (a page, not a worker or a test of the seed).
    if (!first || !placeholder) return undefined;
    const drawnOnce = Promise.all([placeholder, shown]).then(afterPaintAndIdle, () => undefined);
    return Promise.race([drawnOnce, wait(3000)]);
  });
  return drawn;
}

export function resetFirstVisitForTests(): void {
  drawn = null;
  shown = new Promise<void>((resolve) => (pageShown = resolve));
  asked = null;
  placeholder = null;
  loaded = undefined;
  answer = undefined;
}
