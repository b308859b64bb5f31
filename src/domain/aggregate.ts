import type { Activity, Status } from './activity';
import { monthKey } from './dates';
import { countBy, sortedCounts, type Facet, type KeyCount } from './facets';
import { monthRange } from './periods';
import type { Matrix } from './themeTallies';

export { monthRange } from './periods';
export type { KeyCount } from './facets';
// The theme page's tables come from one pass over the activities: see themeTallies.ts.
export { OTHER, countryThemeMatrix, monthThemeTable, type Matrix, type MonthThemeTable } from './themeTallies';

/**
 * Aggregations the views draw. Every function makes one pass over the activities and returns rows ready to draw,
 * so a chart never holds one node per record. Month assignment: an activity belongs to the month of its `date`
 * (its start), whatever its precision; a range from 10 Nov to 10 Dec counts in November only.
 */

/** Counts by facet, sorted by count then key. Multi-valued facets count an activity once in each value. */
export function facetCounts(activities: readonly Activity[], facet: Facet): KeyCount[] {
  return sortedCounts(countBy(activities, facet));
}

/** Sum of the counts: more than the number of activities when an activity carries several values. */
export function totalOf(rows: readonly { count: number }[]): number {
  let sum = 0;
  for (const r of rows) sum += r.count;
  return sum;
}

/** Activities per start month, from the first to the last month present, months without activity included. */
export function monthCounts(activities: readonly Activity[]): KeyCount[] {
  const counts = new Map<string, number>();
  for (const a of activities) {
    const m = monthKey(a.date);
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return monthRows(counts);
}

/** Counts keyed by month (YYYY-MM) as rows from the first to the last month, empty months included. */
export function monthRows(counts: ReadonlyMap<string, number>): KeyCount[] {
  if (counts.size === 0) return [];
  const keys = [...counts.keys()].sort();
  return monthRange(keys[0] ?? '', keys[keys.length - 1] ?? '').map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** The largest cells of a matrix (ties kept, at most `limit`), for the caption. */
export function topCells(m: Matrix, limit = 3): { country: string; theme: string; count: number }[] {
  const cells: { country: string; theme: string; count: number }[] = [];
  for (const [country, row] of m.counts)
    for (const [theme, count] of row) if (count === m.max) cells.push({ country, theme, count });
  return cells.slice(0, limit);
}

export interface Headline {
  activities: number;
  countries: number;
  themes: number;
  organizations: number;
  byStatus: Record<Status, number>;
}

export function headline(activities: readonly Activity[]): Headline {
  const countries = new Set<string>();
  const themes = new Set<string>();
  const orgs = new Set<string>();
  const byStatus: Record<Status, number> = { held: 0, announced: 0, planned: 0 };
  for (const a of activities) {
    for (const c of a.countries) countries.add(c);
    for (const th of a.themes) themes.add(th);
    for (const o of a.organizations) orgs.add(o);
    byStatus[a.status]++;
  }
  return {
    activities: activities.length,
    countries: countries.size,
    themes: themes.size,
    organizations: orgs.size,
    byStatus,
  };
}

/**
 * Latest first; ties by id so the list is stable. Dates are ISO, so plain comparison is date order; ids are compared
 * by code unit too (a collator per tie made the overview's pass over 100k records several times slower).
 */
export function latestOrder(a: Activity, b: Activity): number {
  return a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The `n` latest activities, in `latestOrder`. One pass keeping the best `n` so far instead of sorting them all:
 * at 100k records a full sort (with the collator for ties) took longer than the filtering itself.
 */
export function latestActivities(activities: readonly Activity[], n = 5): Activity[] {
  const top: Activity[] = [];
  if (n <= 0) return top;
  // From the end: the app's lists come in date order, so the latest are met first and the rest fail the first test.
  for (let k = activities.length - 1; k >= 0; k--) {
    const a = activities[k] as Activity;
    const last = top[top.length - 1];
    if (top.length === n && last && latestOrder(a, last) >= 0) continue;
    let i = top.length;
    while (i > 0 && latestOrder(a, top[i - 1] as Activity) < 0) i--;
    top.splice(i, 0, a);
    if (top.length > n) top.pop();
  }
  return top;
}

export interface Lead {
  /** The keys sharing the highest count (more than one on a tie). */
  leaders: string[];
  count: number;
  /** The next count below the leaders, if any. */
  runnerUp: KeyCount | null;
}

/** Sorted by count (descending), then key: the order `lead` expects. */
export function byCount(rows: readonly KeyCount[]): KeyCount[] {
  return [...rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Who leads a sorted count list, and by how much: the facts behind sentences like "X leads with 9, 3 more than Y". */
export function lead(rows: readonly KeyCount[]): Lead | null {
  const first = rows[0];
  if (!first || first.count === 0) return null;
  const leaders = rows.filter((r) => r.count === first.count).map((r) => r.key);
  const runnerUp = rows.find((r) => r.count < first.count && r.count > 0) ?? null;
  return { leaders, count: first.count, runnerUp };
}
