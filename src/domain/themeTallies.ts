import type { Activity } from './activity';
import type { KeyCount } from './facets';
import { monthKey } from './dates';
import { sortedCounts } from './facets';
import { MAX_COLUMNS, grainFor, monthRange, periodOf, periodRange, type Grain } from './periods';

export const OTHER = '__other__';

/**
 * Everything the themes page counts, gathered in one pass over the activities: at 100k records, four separate
 * passes (two facets, the month × theme table, the country × theme matrix) were a fifth of a filter change there.
 */
export interface ThemeTallies {
  activities: number;
  themes: Map<string, number>;
  types: Map<string, number>;
  countries: Map<string, number>;
  /** Activities per start month, and theme mentions per start month. */
  perMonth: Map<string, number>;
  byMonth: Map<string, Map<string, number>>;
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
    pairs: new Map(),
    withoutCountry: 0,
  };
  for (const a of activities) {
    const m = monthKey(a.date);
    bump(t.perMonth, m);
    bump(t.types, a.type);
    const month = rowOf(t.byMonth, m);
    for (const th of a.themes) {
      bump(month, th);
      bump(t.themes, th);
    }
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
  /** One row per period (key as in `periodOf`): a count per series, and `total` (theme mentions, not activities). */
  rows: ({ period: string; total: number } & Record<string, number | string>)[];
  /** Activities per period, for the caption. */
  activities: KeyCount[];
}

/**
 * Period × theme counts for a stacked chart. Only `maxSeries` themes get their own colour (the categorical palette
 * has eight); the others are summed as OTHER so the chart stays legible. Past `maxColumns` months the columns are
 * quarters (or years): see `grainFor`.
 */
export function monthThemeTableOf(t: ThemeTallies, maxSeries = 7, maxColumns = MAX_COLUMNS): MonthThemeTable {
  const ranked = sortedCounts(t.themes);
  const own = ranked.length > maxSeries + 1 ? ranked.slice(0, maxSeries) : ranked;
  const ownSet = new Set(own.map((x) => x.key));
  const series = own.map((x) => x.key);
  if (own.length < ranked.length) series.push(OTHER);
  const months = [...t.perMonth.keys()].sort();
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
  for (const [m, themes] of t.byMonth) {
    const p = periodOf(m, grain);
    const row: Record<string, number | string> | undefined = rows.get(p);
    if (!row) continue;
    counts.set(p, (counts.get(p) ?? 0) + (t.perMonth.get(m) ?? 0));
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

export const monthThemeTable = (activities: readonly Activity[], maxSeries = 7, maxColumns = MAX_COLUMNS) =>
  monthThemeTableOf(tallyThemes(activities), maxSeries, maxColumns);

export const countryThemeMatrix = (activities: readonly Activity[], maxRows = 20) =>
  matrixOf(tallyThemes(activities), maxRows);
