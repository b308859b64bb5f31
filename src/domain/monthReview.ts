import type { Activity } from './activity';
import { monthBounds } from './dates';
import { fitActivity } from './monthFit';

/** The facets the month page compares. */
export const REVIEW_FACETS = ['countries', 'organizations', 'themes', 'type'] as const;
export type ReviewFacet = (typeof REVIEW_FACETS)[number];

export interface MonthCount {
  /** Activities dated within the month. */
  certain: number;
  /** Activities known only to a longer period that overlaps the month: they may fall in it. */
  possible: number;
}

export interface FacetChange {
  key: string;
  now: number;
  before: number;
}

export interface FacetReview {
  /** Values with activities this month and none the month before. */
  appeared: FacetChange[];
  /** Values with activities the month before and none this month. */
  dropped: FacetChange[];
  /** Values present in both months whose count changed, largest change first (at most 3). */
  changed: FacetChange[];
}

export interface MonthReview {
  month: string;
  previous: string;
  next: string;
  now: MonthCount;
  before: MonthCount;
  /** The month's activities: dated within it (in date order), then those that may fall in it. */
  certain: Activity[];
  possible: Activity[];
  facets: Record<ReviewFacet, FacetReview>;
}

const monthOf = (date: string) => date.slice(0, 7);

/** The activities that certainly and possibly fall in a month, by monthFit's rule (the date filter's). */
export function inMonth(activities: readonly Activity[], month: string): { certain: Activity[]; possible: Activity[] } {
  const { from, to } = monthBounds(`${month}-01`);
  const certain: Activity[] = [];
  const possible: Activity[] = [];
  for (const a of activities) {
    const fit = fitActivity(a, from, to);
    if (fit === 'certain') certain.push(a);
    else if (fit === 'possible') possible.push(a);
  }
  const byDate = (x: Activity, y: Activity) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1);
  return { certain: certain.sort(byDate), possible: possible.sort(byDate) };
}

function facetCounts(activities: readonly Activity[], facet: ReviewFacet): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of activities) for (const v of facet === 'type' ? [a.type] : a[facet]) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * What a value's presence compares: every activity that may fall in the month, certain or not, as the date filter
 * for that month would list them; the counts on the page say how many of those are certain.
 */
function compare(now: readonly Activity[], before: readonly Activity[], facet: ReviewFacet): FacetReview {
  const a = facetCounts(now, facet);
  const b = facetCounts(before, facet);
  const row = (key: string): FacetChange => ({ key, now: a.get(key) ?? 0, before: b.get(key) ?? 0 });
  const order = (x: FacetChange, y: FacetChange) =>
    Math.abs(y.now - y.before) - Math.abs(x.now - x.before) || (x.key < y.key ? -1 : 1);
  return {
    appeared: [...a.keys()]
      .filter((k) => !b.has(k))
      .map(row)
      .sort(order),
    dropped: [...b.keys()]
      .filter((k) => !a.has(k))
      .map(row)
      .sort(order),
    changed: [...a.keys()]
      .filter((k) => b.has(k) && a.get(k) !== b.get(k))
      .map(row)
      .sort(order)
      .slice(0, 3),
  };
}

/** The month in review, from the activities that pass every filter but the dates. */
export function monthReview(activities: readonly Activity[], month: string): MonthReview {
  const previous = monthOf(monthBounds(`${month}-01`, -1).from);
  const next = monthOf(monthBounds(`${month}-01`, 1).from);
  const now = inMonth(activities, month);
  const before = inMonth(activities, previous);
  const allNow = [...now.certain, ...now.possible];
  const allBefore = [...before.certain, ...before.possible];
  const facets = Object.fromEntries(REVIEW_FACETS.map((f) => [f, compare(allNow, allBefore, f)])) as Record<
    ReviewFacet,
    FacetReview
  >;
  return {
    month,
    previous,
    next,
    now: { certain: now.certain.length, possible: now.possible.length },
    before: { certain: before.certain.length, possible: before.possible.length },
    certain: now.certain,
    possible: now.possible,
    facets,
  };
}

/** A valid YYYY-MM, or null. */
export function parseMonth(s: string | undefined): string | null {
  if (!s || !/^\d{4}-(0[1-9]|1[0-2])$/.test(s)) return null;
  return s;
}
