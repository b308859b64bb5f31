import type { Activity } from './activity';
import type { KeyCount } from './facets';
import { placementOf } from './activityIndex';
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

/** Distinct strings of one kind (types, months, themes, countries) as dense ids 0, 1, 2…, for counting in arrays. */
class Ids {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  of(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
  /** The non-zero counts of `counts` (indexed by id), by name. */
  named(counts: Int32Array): Map<string, number> {
    const out = new Map<string, number>();
    counts.forEach((n, i) => {
      if (n > 0) out.set(this.names[i] as string, n);
    });
    return out;
  }
}

/**
 * What the tallies count of each record, as ids: its type, first and last month, and its themes and countries
 * (the values of record i at [start[i], start[i + 1]) of `themes` and `countries`).
 */
interface CodeTable {
  type: Int32Array;
  month: Int32Array;
  lastMonth: Int32Array;
  themeStart: Int32Array;
  themes: Int32Array;
  countryStart: Int32Array;
  countries: Int32Array;
  ids: { type: Ids; month: Ids; theme: Ids; country: Ids };
}

function codeTable(records: readonly Activity[]): CodeTable {
  const ids = { type: new Ids(), month: new Ids(), theme: new Ids(), country: new Ids() };
  const n = records.length;
  const t: CodeTable = {
    type: new Int32Array(n),
    month: new Int32Array(n),
    lastMonth: new Int32Array(n),
    themeStart: new Int32Array(n + 1),
    themes: new Int32Array(records.reduce((k, a) => k + a.themes.length, 0)),
    countryStart: new Int32Array(n + 1),
    countries: new Int32Array(records.reduce((k, a) => k + a.countries.length, 0)),
    ids,
  };
  let th = 0;
  let co = 0;
  for (let i = 0; i < n; i++) {
    const a = records[i] as Activity;
    const m = monthKey(a.date);
    t.type[i] = ids.type.of(a.type);
    t.month[i] = ids.month.of(m);
    t.lastMonth[i] =
      a.datePrecision === 'day' ? (t.month[i] as number) : ids.month.of(monthKey(activityInterval(a)[1]));
    t.themeStart[i] = th;
    for (const x of a.themes) t.themes[th++] = ids.theme.of(x);
    t.countryStart[i] = co;
    for (const x of a.countries) t.countries[co++] = ids.country.of(x);
  }
  t.themeStart[n] = th;
  t.countryStart[n] = co;
  return t;
}

/**
 * The code table of a whole data set is worked out once and kept with its array: a filter change then counts the
 * records it lets through by position, in typed arrays (at 100k records, string-keyed maps were most of the themes
 * page's update). Arrays that filterIndexed did not make are coded on the spot.
 */
const tables = new WeakMap<readonly Activity[], CodeTable>();
function tableOf(records: readonly Activity[]): CodeTable {
  let t = tables.get(records);
  if (!t) tables.set(records, (t = codeTable(records)));
  return t;
}

export function tallyThemes(activities: readonly Activity[]): ThemeTallies {
  const placement = placementOf(activities);
  const table = placement ? tableOf(placement.records) : codeTable(activities);
  const at = placement?.at;
  const { ids } = table;
  const [nt, nm] = [ids.theme.names.length, ids.month.names.length];
  const themes = new Int32Array(nt);
  const types = new Int32Array(ids.type.names.length);
  const countries = new Int32Array(ids.country.names.length);
  const perMonth = new Int32Array(nm);
  const byMonth = new Int32Array(nm * nt);
  const pairs = new Int32Array(ids.country.names.length * nt);
  const spanning: ThemeTallies['spanning'] = [];
  let withoutCountry = 0;
  for (let k = 0; k < activities.length; k++) {
    const i = at ? (at[k] as number) : k;
    const [t0, t1] = [table.themeStart[i] as number, table.themeStart[i + 1] as number];
    const [c0, c1] = [table.countryStart[i] as number, table.countryStart[i + 1] as number];
    const m = table.month[i] as number;
    types[table.type[i] as number]!++;
    if (table.lastMonth[i] === m) {
      perMonth[m]!++;
      for (let x = t0; x < t1; x++) byMonth[m * nt + (table.themes[x] as number)]!++;
    } else
      spanning.push([
        ids.month.names[m] as string,
        ids.month.names[table.lastMonth[i] as number] as string,
        (activities[k] as Activity).themes,
      ]);
    for (let x = t0; x < t1; x++) themes[table.themes[x] as number]!++;
    if (c1 === c0) withoutCountry++;
    for (let y = c0; y < c1; y++) {
      const c = table.countries[y] as number;
      countries[c]!++;
      for (let x = t0; x < t1; x++) pairs[c * nt + (table.themes[x] as number)]!++;
    }
  }
  // Rows of a month × theme (or country × theme) array, by name, non-zero cells only.
  const nested = (cells: Int32Array, rows: Ids) => {
    const out = new Map<string, Map<string, number>>();
    rows.names.forEach((name, r) => {
      const row = ids.theme.named(cells.subarray(r * nt, (r + 1) * nt));
      if (row.size > 0) out.set(name, row);
    });
    return out;
  };
  return {
    activities: activities.length,
    themes: ids.theme.named(themes),
    types: ids.type.named(types),
    countries: ids.country.named(countries),
    perMonth: ids.month.named(perMonth),
    byMonth: nested(byMonth, ids.month),
    spanning,
    pairs: nested(pairs, ids.country),
    withoutCountry,
  };
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
