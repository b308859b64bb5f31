import type { Activity } from './activity';
import type { KeyCount } from './facets';
import { activityInterval, monthKey } from './dates';
import { sortedCounts } from './facets';
import { MAX_COLUMNS, grainFor, monthRange, periodOf, periodRange, type Grain } from './periods';

export const OTHER = '__other__';
/** The series of theme mentions from activities known only to a period longer than a column (drawn hatched). */
export const POSSIBLE = '__possible__';

/**
 * Everything the themes page counts, gathered in one pass over the activities: at 100k records, four separate
 * passes (two facets, the month × theme table, the country × theme matrix) were a fifth of a filter change there.
 */
export interface ThemeTallies {
  activities: number;
  themes: Map<string, number>;
  types: Map<string, number>;
  countries: Map<string, number>;
  /** Activities dated within one month, and their theme mentions, per month (monthFit's `certain`). */
  perMonth: Map<string, number>;
  byMonth: Map<string, Map<string, number>>;
  /**
   * Activities whose date spans several months, as [first month, last month, themes]: whether they are
   * certain in a column depends on the grain (a Nov–Dec range is certain in Q4), so they are placed per grain.
   */
  spanning: [string, string, readonly string[]][];
  /** Theme mentions per counterpart country. */
  pairs: Map<string, Map<string, number>>;
  withoutCountry: number;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const rowOf = (m: Map<string, Map<string, number>>, k: string) => {
  let row = m.get(k);
  if (!row) m.set(k, (row = new Map<string, number>()));
  return row;
};

export function tallyThemes(activities: readonly Activity[]): ThemeTallies {
  const t: ThemeTallies = {
    activities: activities.length,
    themes: new Map(),
    types: new Map(),
    countries: new Map(),
    perMonth: new Map(),
    byMonth: new Map(),
    spanning: [],
    pairs: new Map(),
    withoutCountry: 0,
  };
  for (const a of activities) {
    const m = monthKey(a.date);
    const last = a.datePrecision === 'day' ? m : monthKey(activityInterval(a)[1]);
    bump(t.types, a.type);
    if (last === m) {
      bump(t.perMonth, m);
      const month = rowOf(t.byMonth, m);
      for (const th of a.themes) bump(month, th);
    } else t.spanning.push([m, last, a.themes]);
    for (const th of a.themes) bump(t.themes, th);
    if (a.countries.length === 0) t.withoutCountry++;
    for (const c of a.countries) {
      bump(t.countries, c);
      const row = rowOf(t.pairs, c);
      for (const th of a.themes) bump(row, th);
    }
  }
  return t;
}

export interface MonthThemeTable {
  /** Theme ids drawn as their own series (the most frequent first), then OTHER when the rest are grouped. */
  series: string[];
  /** Months, or quarters or years when the span is long (see periods.ts). */
  grain: Grain;
  /** Months from the first activity's to the last's, both included: what decided the grain. */
  months: number;
  /**
   * One row per period (key as in `periodOf`): theme mentions per series of the activities certainly in it,
   * `total` their sum, and POSSIBLE the mentions of activities that may fall in it (their period is longer).
   */
  rows: ({ period: string; total: number } & Record<string, number | string>)[];
  /** Activities certainly in each period, for the caption. */
  activities: KeyCount[];
  /** Activities whose date spans more than one column. */
  spanningActivities: number;
}

/**
 * Period × theme counts for a stacked chart. Only `maxSeries` themes get their own colour (the categorical palette
 * has eight); the others are summed as OTHER so the chart stays legible. Past `maxColumns` months the columns are
 * quarters (or years): see `grainFor`.
 */
export function monthThemeTableOf(
  t: ThemeTallies,
  maxSeries = 7,
  maxColumns = MAX_COLUMNS,
  clip: readonly [string, string] | null = null,
): MonthThemeTable {
  const ranked = sortedCounts(t.themes);
  const own = ranked.length > maxSeries + 1 ? ranked.slice(0, maxSeries) : ranked;
  const ownSet = new Set(own.map((x) => x.key));
  const series = own.map((x) => x.key);
  if (own.length < ranked.length) series.push(OTHER);
  const months = [...t.perMonth.keys(), ...t.spanning.flatMap(([a, b]) => [a, b])].sort();
  const first = clip && clip[0] > (months[0] ?? '') ? clip[0] : months[0];
  const end = months[months.length - 1];
  const last = clip && end !== undefined && clip[1] < end ? clip[1] : end;
  if (first === undefined || last === undefined || first > last)
    return { series, grain: 'month', months: 0, rows: [], activities: [], spanningActivities: 0 };
  const span = monthRange(first, last).length;
  const grain = grainFor(span, maxColumns);
  const periods = periodRange(first, last, grain);
  const rows = new Map(
    periods.map((p) => [p, { period: p, total: 0, ...Object.fromEntries(series.map((x) => [x, 0])) }]),
  );
  const counts = new Map(periods.map((p) => [p, 0]));
  const add = (row: Record<string, number | string>, th: string, n: number) => {
    const key = ownSet.has(th) ? th : OTHER;
    row[key] = Number(row[key] ?? 0) + n;
    row.total = Number(row.total) + n;
  };
  const addThemes = (row: Record<string, number | string>, themes: readonly string[]) => {
    for (const th of themes) add(row, th, 1);
  };
  for (const [m, themes] of t.byMonth) {
    const p = periodOf(m, grain);
    const row: Record<string, number | string> | undefined = rows.get(p);
    if (!row) continue;
    counts.set(p, (counts.get(p) ?? 0) + (t.perMonth.get(m) ?? 0));
    for (const [th, n] of themes) add(row, th, n);
  }
  // Certain at this grain when first and last month share a column; otherwise possible in each column touched.
  let spanningActivities = 0;
  for (const [a, b, themes] of t.spanning) {
    const pa = periodOf(a, grain);
    if (pa === periodOf(b, grain)) {
      const row: Record<string, number | string> | undefined = rows.get(pa);
      if (!row) continue;
      counts.set(pa, (counts.get(pa) ?? 0) + 1);
      addThemes(row, themes);
      continue;
    }
    const mentions = themes.length;
    spanningActivities++;
    for (const p of periodRange(a, b, grain)) {
      const r: Record<string, number | string> | undefined = rows.get(p);
      if (r) r[POSSIBLE] = Number(r[POSSIBLE] ?? 0) + mentions;
    }
  }
  if (spanningActivities > 0) {
    series.push(POSSIBLE);
    for (const r of rows.values()) (r as Record<string, number | string>)[POSSIBLE] ??= 0;
  }
  return {
    series,
    grain,
    months: span,
    rows: periods.map((p) => rows.get(p) ?? { period: p, total: 0 }),
    activities: periods.map((key) => ({ key, count: counts.get(key) ?? 0 })),
    spanningActivities,
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

export function matrixOf(t: ThemeTallies, maxRows = 20): Matrix {
  const allCountries = sortedCounts(t.countries);
  const countries = allCountries.slice(0, maxRows);
  const themeTotals = new Map<string, number>();
  let max = 0;
  for (const c of countries) {
    for (const [th, n] of t.pairs.get(c.key) ?? []) {
      themeTotals.set(th, (themeTotals.get(th) ?? 0) + n);
      if (n > max) max = n;
    }
  }
  const counts = new Map(countries.map((c) => [c.key, t.pairs.get(c.key) ?? new Map<string, number>()]));
  return {
    countries,
    themes: sortedCounts(themeTotals),
    counts,
    max,
    hiddenCountries: allCountries.length - countries.length,
    withoutCountry: t.withoutCountry,
  };
}

export const monthThemeTable = (
  activities: readonly Activity[],
  maxSeries = 7,
  maxColumns = MAX_COLUMNS,
  clip: readonly [string, string] | null = null,
) => monthThemeTableOf(tallyThemes(activities), maxSeries, maxColumns, clip);

export const countryThemeMatrix = (activities: readonly Activity[], maxRows = 20) =>
  matrixOf(tallyThemes(activities), maxRows);
