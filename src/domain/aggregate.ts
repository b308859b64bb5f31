import type { Activity, Status } from './activity';
import { monthKey, monthBounds } from './dates';
import { countBy, sortedCounts, type Facet } from './facets';
import { MAX_COLUMNS, grainFor, periodOf, periodRange, type Grain } from './periods';

/**
 * Aggregations the views draw. Every function makes one pass over the activities and returns rows ready to draw,
 * so a chart never holds one node per record. Month assignment: an activity belongs to the month of its `date`
 * (its start), whatever its precision; a range from 10 Nov to 10 Dec counts in November only.
 */

export interface KeyCount {
  key: string;
  count: number;
}

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

/** Every month from `first` to `last` (YYYY-MM), both inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = monthBounds(`${m}-01`, 1).from.slice(0, 7)) out.push(m);
  return out;
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

export const OTHER = '__other__';

export interface MonthThemeTable {
  /** Theme ids drawn as their own series (the most frequent first), then OTHER when the rest are grouped. */
  series: string[];
  /** Months, or quarters or years when the span is long (see periods.ts). */
  grain: Grain;
  /** Months from the first activity's to the last's, both included: what decided the grain. */
  months: number;
  /** One row per period (key as in `periodOf`): a count per series, and `total` (theme mentions, not activities). */
  rows: ({ period: string; total: number } & Record<string, number | string>)[];
  /** Activities per period, for the caption. */
  activities: KeyCount[];
}

/**
 * Period × theme counts for a stacked chart, in one pass. Only `maxSeries` themes get their own colour (the
 * categorical palette has eight); the others are summed as OTHER so the chart stays legible. Past `maxColumns`
 * months the columns are quarters (or years): see `grainFor`.
 */
export function monthThemeTable(
  activities: readonly Activity[],
  maxSeries = 7,
  maxColumns = MAX_COLUMNS,
): MonthThemeTable {
  const themeTotals = new Map<string, number>();
  const byMonth = new Map<string, Map<string, number>>();
  const perMonth = new Map<string, number>();
  for (const a of activities) {
    const m = monthKey(a.date);
    perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
    let row = byMonth.get(m);
    if (!row) byMonth.set(m, (row = new Map<string, number>()));
    for (const th of a.themes) {
      row.set(th, (row.get(th) ?? 0) + 1);
      themeTotals.set(th, (themeTotals.get(th) ?? 0) + 1);
    }
  }
  const ranked = sortedCounts(themeTotals);
  const own = ranked.length > maxSeries + 1 ? ranked.slice(0, maxSeries) : ranked;
  const ownSet = new Set(own.map((t) => t.key));
  const series = own.map((t) => t.key);
  if (own.length < ranked.length) series.push(OTHER);
  const months = [...perMonth.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return { series, grain: 'month', months: 0, rows: [], activities: [] };
  const span = monthRange(first, last).length;
  const grain = grainFor(span, maxColumns);
  const periods = periodRange(first, last, grain);
  const rows = new Map(
    periods.map((p) => [p, { period: p, total: 0, ...Object.fromEntries(series.map((x) => [x, 0])) }]),
  );
  const counts = new Map(periods.map((p) => [p, 0]));
  for (const [m, themes] of byMonth) {
    const p = periodOf(m, grain);
    const row: Record<string, number | string> | undefined = rows.get(p);
    if (!row) continue;
    counts.set(p, (counts.get(p) ?? 0) + (perMonth.get(m) ?? 0));
    for (const [th, n] of themes) {
      const key = ownSet.has(th) ? th : OTHER;
      row[key] = Number(row[key] ?? 0) + n;
      row.total = Number(row.total) + n;
    }
  }
  return {
    series,
    grain,
    months: span,
    rows: periods.map((p) => rows.get(p) ?? { period: p, total: 0 }),
    activities: periods.map((key) => ({ key, count: counts.get(key) ?? 0 })),
  };
}

export interface Matrix {
  /** Countries (rows), most activities first, at most `maxRows`. */
  countries: KeyCount[];
  /** Themes (columns) that occur with at least one shown country, most frequent first. */
  themes: KeyCount[];
  /** counts.get(country)?.get(theme) */
  counts: Map<string, Map<string, number>>;
  max: number;
  /** Countries left out because of `maxRows`. */
  hiddenCountries: number;
  /** Activities with no counterpart country: they cannot appear in a country × theme matrix. */
  withoutCountry: number;
}

export function countryThemeMatrix(activities: readonly Activity[], maxRows = 20): Matrix {
  const pairs = new Map<string, Map<string, number>>();
  let withoutCountry = 0;
  for (const a of activities) {
    if (a.countries.length === 0) withoutCountry++;
    for (const c of a.countries) {
      let row = pairs.get(c);
      if (!row) pairs.set(c, (row = new Map<string, number>()));
      for (const th of a.themes) row.set(th, (row.get(th) ?? 0) + 1);
    }
  }
  const allCountries = facetCounts(activities, 'countries');
  const countries = allCountries.slice(0, maxRows);
  const themeTotals = new Map<string, number>();
  let max = 0;
  for (const c of countries) {
    for (const [th, n] of pairs.get(c.key) ?? []) {
      themeTotals.set(th, (themeTotals.get(th) ?? 0) + n);
      if (n > max) max = n;
    }
  }
  const counts = new Map(countries.map((c) => [c.key, pairs.get(c.key) ?? new Map<string, number>()]));
  return {
    countries,
    themes: sortedCounts(themeTotals),
    counts,
    max,
    hiddenCountries: allCountries.length - countries.length,
    withoutCountry,
  };
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
