import type { Activity } from './activity';
import { activityInterval, monthBounds, monthKey } from './dates';
import type { Filters } from './filters';

/**
 * Timeline derivations: grouping by month, the span an activity covers, and the month switcher's steps. As in
 * aggregate.ts, an activity belongs to the month of its `date` (its start); a range is drawn as a span from there.
 */

/**
 * Start date, then end date, then id: the reading order of the timeline. The reference comparator (tests check
 * `planTimeline` against it): it works out each record's interval per comparison, far too slow for 100k records.
 */
export function timelineOrder(a: Activity, b: Activity): number {
  const key = (x: Activity) => [x.date, activityInterval(x)[1], x.id];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) {
    const [x, y] = [ka[i] ?? '', kb[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** A month of the timeline: its items are `items[first]` … `items[first + count - 1]` of the plan. */
export interface MonthSpan {
  month: string;
  first: number;
  count: number;
}

export interface TimelinePlan {
  /** Every activity, in timeline order. */
  items: Activity[];
  /** The start months, in order, each with the run of items that begin in it. */
  months: MonthSpan[];
  /** The first day and last day covered by the activities, for drawing spans. */
  extent: [string, string] | null;
}

/**
 * Every activity in timeline order, with its months. Each record's end date is worked out once, not per comparison,
 * and strings are compared by code unit (dates are ISO, ids plain ASCII), never with the collator: at 100k records
 * that took seconds. Callers usually pass records already in date order (the database reads them by its `date`
 * index); then only runs of equal dates that are out of order need sorting, and those are short.
 */
export function planTimeline(activities: readonly Activity[]): TimelinePlan {
  const n = activities.length;
  const dates = new Array<string>(n);
  const ends = new Array<string>(n);
  const ids = new Array<string>(n);
  let byDate = true;
  let last = '';
  for (let i = 0; i < n; i++) {
    const a = activities[i] as Activity;
    dates[i] = a.date;
    const end = a.datePrecision === 'day' ? a.date : activityInterval(a)[1];
    ends[i] = end;
    ids[i] = a.id;
    if (end > last) last = end;
    if (i > 0 && (dates[i - 1] as string) > a.date) byDate = false;
  }
  const cmp = (x: number, y: number): number => {
    const dx = dates[x] as string;
    const dy = dates[y] as string;
    if (dx !== dy) return dx < dy ? -1 : 1;
    const ex = ends[x] as string;
    const ey = ends[y] as string;
    if (ex !== ey) return ex < ey ? -1 : 1;
    const ix = ids[x] as string;
    const iy = ids[y] as string;
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!byDate) order.sort(cmp);
  else
    for (let s = 0; s < n;) {
      let e = s + 1;
      let sorted = true;
      for (; e < n && dates[e] === dates[s]; e++) if (sorted && cmp(e - 1, e) > 0) sorted = false;
      if (!sorted) {
        const run = order.slice(s, e).sort(cmp);
        for (let i = 0; i < run.length; i++) order[s + i] = run[i] as number;
      }
      s = e;
    }
  const items = new Array<Activity>(n);
  const months: MonthSpan[] = [];
  let current: MonthSpan | undefined;
  for (let i = 0; i < n; i++) {
    const k = order[i] as number;
    items[i] = activities[k] as Activity;
    // From the copied dates: reading a field of 100k records costs as much as a filter pass.
    const date = dates[k] as string;
    if (current && date.startsWith(current.month)) current.count++;
    else months.push((current = { month: monthKey(date), first: i, count: 1 }));
  }
  const first = items[0];
  return { items, months, extent: first ? [first.date, last] : null };
}

export function extentOf(activities: readonly Activity[]): [string, string] | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const a of activities) {
    const [s, e] = activityInterval(a);
    if (start === null || s < start) start = s;
    if (end === null || e > end) end = e;
  }
  return start && end ? [start, end] : null;
}

const dayNumber = (d: string) =>
  Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 864e5;

/**
 * Where an interval sits within an extent, as fractions of its width: a day is a point (start = end), a range, a
 * month or a quarter a span. Days are counted whole, so the last day of the extent ends at 1.
 */
export function spanLayout(interval: [string, string], extent: [string, string]): { start: number; end: number } {
  const e0 = dayNumber(extent[0]);
  const width = dayNumber(extent[1]) + 1 - e0;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  if (width <= 0) return { start: 0, end: 1 };
  return {
    start: clamp((dayNumber(interval[0]) - e0) / width),
    end: clamp((dayNumber(interval[1]) + 1 - e0) / width),
  };
}

export type MonthBounds = { from: string; to: string };

export interface MonthSwitch {
  /** The month shown, when from/to select exactly one month. */
  month: string | null;
  /** True when no date filter is set. */
  whole: boolean;
  prev: MonthBounds | null;
  next: MonthBounds | null;
}

/** The month that `from`/`to` select exactly, if they do. */
export function selectedMonth(f: Pick<Filters, 'from' | 'to'>): string | null {
  if (!f.from || !f.to) return null;
  const b = monthBounds(f.from);
  return b.from === f.from && b.to === f.to ? monthKey(f.from) : null;
}

/** The first and last start months of a data set, or null when it is empty. */
export function monthExtent(all: readonly Activity[]): [string, string] | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const a of all) {
    if (first === null || a.date < first) first = a.date;
    if (last === null || a.date > last) last = a.date;
  }
  return first && last ? [monthKey(first), monthKey(last)] : null;
}

/**
 * Previous / next month for the overview's switcher. Steps stay within the months of the data set (`all`, before
 * filtering, so other filters do not move the bounds). With no date filter the switcher starts from the month
 * of the latest activity, so "previous" first lands there.
 */
export function monthSwitch(f: Pick<Filters, 'from' | 'to'>, all: readonly Activity[]): MonthSwitch {
  return monthSwitchWithin(f, monthExtent(all));
}

/** The same from the data set's month extent, which changes only with the data (not with each filter). */
export function monthSwitchWithin(f: Pick<Filters, 'from' | 'to'>, extent: [string, string] | null): MonthSwitch {
  const whole = !f.from && !f.to;
  const month = selectedMonth(f);
  if (!extent) return { month, whole, prev: null, next: null };
  const [first, last] = extent;
  const within = (b: MonthBounds) => (monthKey(b.from) >= first && monthKey(b.from) <= last ? b : null);
  if (whole) return { month, whole, prev: monthBounds(`${last}-01`), next: null };
  const anchor = `${monthKey(f.from ?? f.to ?? `${last}-01`)}-01`;
  return { month, whole, prev: within(monthBounds(anchor, -1)), next: within(monthBounds(anchor, 1)) };
}
