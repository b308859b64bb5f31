import type { Activity } from './activity';
import { activityInterval, monthBounds, monthKey } from './dates';
import type { Filters } from './filters';

/**
 * Timeline derivations: grouping by month, the span an activity covers, and the month switcher's steps. As in
 * aggregate.ts, an activity belongs to the month of its `date` (its start); a range is drawn as a span from there.
 */

/** Above this many items the timeline stops listing them all and leads with counts per month. */
export const TIMELINE_LIMIT = 300;

export interface MonthGroup {
  month: string;
  items: Activity[];
}

/** Start date, then end date, then id: the reading order of the timeline. */
export function timelineOrder(a: Activity, b: Activity): number {
  return (
    a.date.localeCompare(b.date) ||
    activityInterval(a)[1].localeCompare(activityInterval(b)[1]) ||
    a.id.localeCompare(b.id)
  );
}

export function groupByMonth(sorted: readonly Activity[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const a of sorted) {
    const m = monthKey(a.date);
    const last = groups[groups.length - 1];
    if (last && last.month === m) last.items.push(a);
    else groups.push({ month: m, items: [a] });
  }
  return groups;
}

export interface TimelinePlan {
  groups: MonthGroup[];
  total: number;
  /** Items listed (at most `limit`): the earliest ones, in date order. */
  shown: number;
  truncated: boolean;
  /** The first day and last day covered by the listed items, for drawing spans. */
  extent: [string, string] | null;
}

/**
 * The first `limit` activities in timeline order, by one pass that keeps the earliest so far: sorting 100k records
 * (with the collator, and each record's interval worked out per comparison) to keep 300 took seconds.
 */
export function earliest(activities: readonly Activity[], limit: number): Activity[] {
  const keyed: { a: Activity; end: string }[] = [];
  const before = (x: { a: Activity; end: string }, y: { a: Activity; end: string }) =>
    x.a.date !== y.a.date ? x.a.date < y.a.date : x.end !== y.end ? x.end < y.end : x.a.id.localeCompare(y.a.id) < 0;
  if (limit <= 0) return [];
  for (const a of activities) {
    const last = keyed[keyed.length - 1];
    // Dates are ISO strings, so plain comparison is date order; most records are rejected on the date alone.
    if (keyed.length === limit && last && a.date > last.a.date) continue;
    const item = { a, end: activityInterval(a)[1] };
    if (keyed.length === limit && last && !before(item, last)) continue;
    let i = keyed.length;
    while (i > 0 && before(item, keyed[i - 1] as { a: Activity; end: string })) i--;
    keyed.splice(i, 0, item);
    if (keyed.length > limit) keyed.pop();
  }
  return keyed.map((k) => k.a);
}

export function planTimeline(activities: readonly Activity[], limit = TIMELINE_LIMIT): TimelinePlan {
  const sorted = earliest(activities, limit);
  return {
    groups: groupByMonth(sorted),
    total: activities.length,
    shown: sorted.length,
    truncated: activities.length > limit,
    extent: extentOf(sorted),
  };
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
