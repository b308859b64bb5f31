import type { Activity } from './activity';
import { activityInterval, monthBounds, monthKey } from './dates';
import { periodOf, periodRange, type Grain } from './periods';

/**
 * The one rule for time that respects precision. An activity covers an interval: its day, or the whole month,
 * quarter or range its source gives. Against a period [from, to] it is
 *  - `certain` when the whole interval lies inside the period: it fell in the period, whatever its exact day;
 *  - `possible` when the interval overlaps the period but also reaches outside it: it may have fallen in it;
 *  - `outside` otherwise.
 * The date filter keeps `certain` and `possible` (hiding what may have happened in the dates asked for would be
 * worse than showing it with its period), and every count by month or quarter uses the same rule, so a month's
 * certain + possible is exactly what filtering to that month returns.
 */
export type Fit = 'certain' | 'possible' | 'outside';

export function fitInterval(interval: readonly [string, string], from: string | null, to: string | null): Fit {
  const [start, end] = interval;
  if ((from && end < from) || (to && start > to)) return 'outside';
  if ((!from || start >= from) && (!to || end <= to)) return 'certain';
  return 'possible';
}

type Dated = Pick<Activity, 'date' | 'datePrecision' | 'endDate'>;

export const fitActivity = (a: Dated, from: string | null, to: string | null): Fit =>
  fitInterval(activityInterval(a), from, to);

/** Where an activity stands against a month (YYYY-MM). */
export function monthFit(a: Dated, month: string): Fit {
  const b = monthBounds(`${month}-01`);
  return fitActivity(a, b.from, b.to);
}

/** One period of a time chart: activities certainly in it, and activities that may be (their period is longer). */
export interface TimeRow {
  key: string;
  certain: number;
  possible: number;
}

export interface TimeTally {
  grain: Grain;
  /** Every period from the first to the last touched (or within `clip`), empty ones included. */
  rows: TimeRow[];
  /** Activities whose date spans more than one period of this grain: they count as `possible` in each. */
  spanning: number;
}

/**
 * Counts by period under the rule above: an activity whose interval lies in one period is certain there; one whose
 * interval crosses periods is possible in each period it touches (a quarter is three possible months, one certain
 * quarter). `clip` (first and last month, YYYY-MM) keeps only the periods of a date filter, so a range begun before
 * the filter's dates does not draw a column for a month the analyst did not ask for.
 */
export function tallyPeriods(
  activities: readonly Dated[],
  grain: Grain = 'month',
  clip: readonly [string, string] | null = null,
): TimeTally {
  const certain = new Map<string, number>();
  const possible = new Map<string, number>();
  let spanning = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const a of activities) {
    const startMonth = monthKey(a.date);
    // Day-dated records are most records: no interval to work out.
    const endMonth = a.datePrecision === 'day' ? startMonth : monthKey(activityInterval(a)[1]);
    if (first === null || startMonth < first) first = startMonth;
    if (last === null || endMonth > last) last = endMonth;
    const p = periodOf(startMonth, grain);
    if (startMonth === endMonth || p === periodOf(endMonth, grain)) {
      certain.set(p, (certain.get(p) ?? 0) + 1);
      continue;
    }
    spanning++;
    for (const q of periodRange(startMonth, endMonth, grain)) possible.set(q, (possible.get(q) ?? 0) + 1);
  }
  if (first === null || last === null) return { grain, rows: [], spanning };
  const [lo, hi] = clip ? [clip[0] > first ? clip[0] : first, clip[1] < last ? clip[1] : last] : [first, last];
  if (lo > hi) return { grain, rows: [], spanning };
  const rows = periodRange(lo, hi, grain).map((key) => ({
    key,
    certain: certain.get(key) ?? 0,
    possible: possible.get(key) ?? 0,
  }));
  return { grain, rows, spanning };
}

/** The months a date filter covers (YYYY-MM), open ends left to the data. */
export function filterMonths(f: { from: string | null; to: string | null }): [string, string] | null {
  if (!f.from && !f.to) return null;
  return [f.from ? monthKey(f.from) : '0000-01', f.to ? monthKey(f.to) : '9999-12'];
}

export interface TimeLead {
  /** The periods with the most activities certainly in them (more than one on a tie). */
  leaders: string[];
  /** Their count of certain activities. */
  count: number;
  /**
   * True only when no imprecise date could change who leads: every other period stays below the leaders even if
   * all its possible activities fell in it, and tied leaders have no possible ones that could break the tie.
   */
  settled: boolean;
}

/** Who leads a time chart on certain counts, and whether that lead survives every reading of the imprecise dates. */
export function timeLead(rows: readonly TimeRow[]): TimeLead | null {
  let count = 0;
  for (const r of rows) if (r.certain > count) count = r.certain;
  if (count === 0) return null;
  const leaders = rows.filter((r) => r.certain === count);
  const tiedButOpen = leaders.length > 1 && leaders.some((r) => r.possible > 0);
  const overtaken = rows.some((r) => r.certain < count && r.certain + r.possible >= count);
  return { leaders: leaders.map((r) => r.key), count, settled: !tiedButOpen && !overtaken };
}
