import type { Activity } from './activity';
import { activityInterval, monthBounds, monthKey } from './dates';
import type { Filters } from './filters';

/**
 * Timeline derivations: grouping into headings, the span an activity covers, and the month switcher's steps.
 *
 * Headings never say more than a date's source does. An activity whose date lies within one calendar month (a day, a
 * month, or a range of days inside a month) goes under that month: it certainly fell in it, as monthFit.ts counts
 * it. One known only to a period that crosses months (a quarter, "10 Nov – 10 Dec 2025") goes under a heading of
 * its own that names that period, never under the month it starts in. So a month heading's count is the month
 * chart's "certain" count for that month, and the period headings that overlap the month hold its "may fall" ones.
 *
 * Order: by the month a group starts in; a month's own heading first, then the periods that start in that month,
 * by start date, then end date (a quarter before a year that starts the same day). Within a group, start date, end
 * date and id, as `timelineOrder`.
 */

/**
 * Start date, then end date, then id: the reading order within a heading of the timeline. The reference comparator
 * (tests check `planTimeline` against it): it works out each record's interval per comparison, far too slow for
 * 100k records.
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

/** The dates of a period heading, as the source gives them. */
export type PeriodDate = Pick<Activity, 'date' | 'datePrecision' | 'endDate'>;

/**
 * A heading of the timeline and its run of items: `items[first]` … `items[first + count - 1]` of the plan. A month
 * (`period` null) or a period that crosses months (`period` its dates).
 */
export interface TimelineGroup {
  /** Unique within a plan: "2025-11" for a month, "range 2025-11-10 2025-12-10" for a period. */
  key: string;
  /** The month the group starts in (YYYY-MM). */
  month: string;
  period: PeriodDate | null;
  first: number;
  count: number;
}

export interface TimelinePlan {
  /** Every activity, in reading order: group by group (see the module's comment). */
  items: Activity[];
  /** The headings, in order, each with its run of items. */
  groups: TimelineGroup[];
  /** The first day and last day covered by the activities, for drawing spans. */
  extent: [string, string] | null;
}

/**
 * Every activity in reading order, with its headings. Each record's end date is worked out once, not per comparison,
 * and strings are compared by code unit (dates are ISO, ids plain ASCII), never with the collator: at 100k records
 * that took seconds. Callers usually pass records already in date order (the database reads them by its `date`
 * index); then only runs of equal dates that are out of order need sorting, and those are short. The records are
 * then dealt into their groups in that order, so each group keeps it; only the groups (a few dozen months and the
 * distinct periods) are sorted.
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
  // Deal the records into their groups. The sort key puts a month ("2025-11 0") before the periods that start in it
  // ("2025-11 1 2025-11-10 2025-12-10 range"), and those by start, then end.
  const buckets = new Map<string, { sort: string; group: Omit<TimelineGroup, 'first' | 'count'>; members: number[] }>();
  let current: { month: string; members: number[] } | undefined;
  for (let i = 0; i < n; i++) {
    const k = order[i] as number;
    // From the copied dates: reading a field of 100k records costs as much as a filter pass.
    const date = dates[k] as string;
    const end = ends[k] as string;
    const month = monthKey(date);
    if (end.startsWith(month)) {
      // Most records are day-dated and come in runs of one month: skip the map for them.
      if (current?.month === month) {
        current.members.push(k);
        continue;
      }
      let bucket = buckets.get(month);
      if (!bucket) {
        bucket = { sort: `${month} 0`, group: { key: month, month, period: null }, members: [] };
        buckets.set(month, bucket);
      }
      bucket.members.push(k);
      current = { month, members: bucket.members };
      continue;
    }
    const a = activities[k] as Activity;
    const key = `${a.datePrecision} ${date} ${end}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      const period: PeriodDate =
        a.datePrecision === 'range'
          ? { date, datePrecision: 'range', endDate: end }
          : { date, datePrecision: a.datePrecision };
      bucket = { sort: `${month} 1 ${date} ${end} ${a.datePrecision}`, group: { key, month, period }, members: [] };
      buckets.set(key, bucket);
    }
    bucket.members.push(k);
  }
  const sortedBuckets = [...buckets.values()].sort((x, y) => (x.sort < y.sort ? -1 : x.sort > y.sort ? 1 : 0));
  const items = new Array<Activity>(n);
  const groups: TimelineGroup[] = [];
  let at = 0;
  for (const b of sortedBuckets) {
    groups.push({ ...b.group, first: at, count: b.members.length });
    for (const k of b.members) items[at++] = activities[k] as Activity;
  }
  let start: string | null = null;
  for (let i = 0; i < n; i++) if (start === null || (dates[i] as string) < start) start = dates[i] as string;
  return { items, groups, extent: start === null ? null : [start, last] };
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
