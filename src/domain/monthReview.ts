import type { Activity } from './activity';
import { monthBounds } from './dates';
import { fitActivity } from './monthFit';

/** The facets the month page compares. `actors`: the foreign people an activity names (Peru's own are left out). */
export const REVIEW_FACETS = ['countries', 'actors', 'organizations', 'themes', 'type'] as const;
export type ReviewFacet = (typeof REVIEW_FACETS)[number];

/**
 * Counterparts (countries and named foreign actors) and organisations are "new" or "dropped away" against the
 * months before (the lookback); themes and types against the previous month, as they rise and fall.
 */
export const LOOKBACK_FACETS: ReadonlySet<ReviewFacet> = new Set(['countries', 'actors', 'organizations']);

/** How many months before the month the lookback covers, at most. */
export const LOOKBACK = 6;

export interface MonthCount {
  /** Activities dated within the month. */
  certain: number;
  /** Activities known only to a longer period that overlaps the month: they may fall in it. */
  possible: number;
}

export interface FacetChange {
  key: string;
  now: number;
  /** In `appeared` and `dropped`: the count in what the facet is compared with (lookback or previous month); in
   * `changed`, always the previous month's. */
  before: number;
}

export interface FacetReview {
  /** Values with activities this month and none in what the facet is compared with. */
  appeared: FacetChange[];
  /** Values with activities in what the facet is compared with and none this month. */
  dropped: FacetChange[];
  /** Values present this month and the month before whose count changed, largest change first (at most 3). */
  changed: FacetChange[];
}

/** The months the lookback covers: the `LOOKBACK` before the month, but none before the data set's first. */
export interface Lookback {
  from: string;
  to: string;
  months: number;
}

export interface MonthReview {
  month: string;
  previous: string;
  next: string;
  now: MonthCount;
  before: MonthCount;
  /**
   * The same month a year earlier; `count` is null when no record at all (whatever the filters) falls in that month:
   * the data do not reach it, and a 0 there would read as a count.
   */
  yearAgo: { month: string; count: MonthCount | null };
  /** Null when the month is the data set's first (or earlier): nothing before it to call a value new against. */
  lookback: Lookback | null;
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

/** Whose actors are left out of `actors`: Peru's own officials are the ministry, not its counterparts. */
const HOME = 'PE';

function values(a: Activity, facet: ReviewFacet): readonly string[] {
  if (facet === 'type') return [a.type];
  if (facet === 'actors') return a.actors.filter((x) => x.country !== HOME).map((x) => x.name);
  return a[facet];
}

/** Activities per value: an activity naming a value twice counts once. */
function facetCounts(activities: readonly Activity[], facet: ReviewFacet): Map<string, number> {
  const m = new Map<string, number>();
  for (const a of activities) for (const v of new Set(values(a, facet))) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

const byChange = (x: FacetChange, y: FacetChange) =>
  Math.abs(y.now - y.before) - Math.abs(x.now - x.before) || (x.key < y.key ? -1 : 1);

/**
 * A value's presence in a span of time: some activity that may fall in it names the value, certain or not, as the
 * date filter for that span would list them; the counts on the page say how many of the month's are certain.
 *  - `appeared`: named by an activity of the month, by none of `base`;
 *  - `dropped`: named by an activity of `base`, by none of the month's;
 *  - `changed`: named in the month and in the previous month, a different number of times.
 * `base` is the lookback (the months before, see `Lookback`) for counterparts and organisations, the previous month
 * for themes and types. An activity spanning the month and an earlier one is in both, so what it names is not new.
 */
function compare(
  now: readonly Activity[],
  base: readonly Activity[] | null,
  previous: readonly Activity[],
  facet: ReviewFacet,
): FacetReview {
  const a = facetCounts(now, facet);
  const p = facetCounts(previous, facet);
  const changed = [...a.keys()]
    .filter((k) => p.has(k) && a.get(k) !== p.get(k))
    .map((key) => ({ key, now: a.get(key) ?? 0, before: p.get(key) ?? 0 }))
    .sort(byChange)
    .slice(0, 3);
  // Without a lookback nothing can be called new or dropped away (the page says why).
  if (!base) return { appeared: [], dropped: [], changed };
  const b = facetCounts(base, facet);
  const row = (key: string): FacetChange => ({ key, now: a.get(key) ?? 0, before: b.get(key) ?? 0 });
  return {
    appeared: [...a.keys()]
      .filter((k) => !b.has(k))
      .map(row)
      .sort(byChange),
    dropped: [...b.keys()]
      .filter((k) => !a.has(k))
      .map(row)
      .sort(byChange),
    changed,
  };
}

/** The activities that may fall between `from` and `to` (days, both included): those the date filter lists. */
const within = (activities: readonly Activity[], from: string, to: string) =>
  activities.filter((a) => fitActivity(a, from, to) !== 'outside');

const shift = (month: string, delta: number) => monthOf(monthBounds(`${month}-01`, delta).from);

/** The first month (YYYY-MM) a data set's records start in, or null for none. */
export function firstMonth(activities: readonly Activity[]): string | null {
  let first: string | null = null;
  for (const a of activities) if (first === null || a.date < first) first = a.date;
  return first && monthOf(first);
}

export interface ReviewOptions {
  /**
   * Every record, before the filters: which months the data reach. The lookback starts no earlier than their first
   * month, and the year-earlier month is compared only when some record falls in it. Defaults to `activities`.
   */
  recorded?: readonly Activity[];
  lookback?: number;
}

/** The month in review, from the activities that pass every filter but the dates. */
export function monthReview(
  activities: readonly Activity[],
  month: string,
  { recorded = activities, lookback = LOOKBACK }: ReviewOptions = {},
): MonthReview {
  const previous = shift(month, -1);
  const next = shift(month, 1);
  const now = inMonth(activities, month);
  const before = inMonth(activities, previous);
  const allNow = [...now.certain, ...now.possible];
  const allBefore = [...before.certain, ...before.possible];
  const earliest = firstMonth(recorded);
  const back = shift(month, -lookback);
  const window: Lookback | null =
    earliest === null || earliest > previous
      ? null
      : (() => {
          const from = back < earliest ? earliest : back;
          let months = 0;
          for (let m = from; m <= previous; m = shift(m, 1)) months++;
          return { from, to: previous, months };
        })();
  const base = window
    ? within(activities, monthBounds(`${window.from}-01`).from, monthBounds(`${window.to}-01`).to)
    : null;
  const facets = Object.fromEntries(
    REVIEW_FACETS.map((f) => [f, compare(allNow, LOOKBACK_FACETS.has(f) ? base : allBefore, allBefore, f)]),
  ) as Record<ReviewFacet, FacetReview>;
  const yearMonth = shift(month, -12);
  const { from: yFrom, to: yTo } = monthBounds(`${yearMonth}-01`);
  const yearRecorded = recorded.some((a) => fitActivity(a, yFrom, yTo) !== 'outside');
  const year = yearRecorded ? inMonth(activities, yearMonth) : null;
  return {
    month,
    previous,
    next,
    now: { certain: now.certain.length, possible: now.possible.length },
    before: { certain: before.certain.length, possible: before.possible.length },
    yearAgo: {
      month: yearMonth,
      count: year && { certain: year.certain.length, possible: year.possible.length },
    },
    lookback: window,
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
