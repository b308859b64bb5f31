import { endOfMonth } from '../../domain/dates';
import type { ListParam } from '../../domain/filters';
import { isIsoDate } from '../../domain/isoDate';
import {
  B_FROM,
  B_TO,
  periodBefore,
  type CompareFacet,
  type CompareRow,
  type Period,
} from '../../domain/periodCompare';

/**
 * The compare page's URL: period A is the date filter every view reads (`from`, `to`), so the filter bar's dates
 * are A's and the other filters apply to both periods; period B is `bfrom`, `bto`. `by` picks the breakdown.
 */
export { B_FROM, B_TO };
export const BY = 'by';

export const BREAKDOWNS = ['country', 'theme', 'type'] as const satisfies readonly ListParam[];
export type Breakdown = (typeof BREAKDOWNS)[number];

export const FACET_OF: Record<Breakdown, CompareFacet> = { country: 'countries', theme: 'themes', type: 'type' };

export const breakdownOf = (raw: string | null): Breakdown => BREAKDOWNS.find((b) => b === raw) ?? 'country';

export interface ResolvedPeriods {
  a: Period;
  b: Period;
  /** B's values in the URL that are not a day or end before they start: ignored, with a notice. */
  badB: string[];
}

/**
 * The two periods from the URL, with sensible gaps filled: no dates at all compares the latest month of the data
 * with the month before; an open end of A takes the data's first or last month; no (or a bad) B is the period
 * just before A (periodBefore). `extent` is the data set's first and last month (YYYY-MM); `from`/`to` are the
 * filters as parsed (a bad A date is already reported by the filter bar).
 */
export function resolvePeriods(
  from: string | null,
  to: string | null,
  params: URLSearchParams,
  extent: readonly [string, string],
): ResolvedPeriods {
  const a: Period =
    from || to
      ? { from: from ?? `${extent[0]}-01`, to: to ?? endOfMonth(`${extent[1]}-01`) }
      : { from: `${extent[1]}-01`, to: endOfMonth(`${extent[1]}-01`) };
  if (a.from > a.to) a.to = a.from;
  const rawFrom = params.get(B_FROM) ?? '';
  const rawTo = params.get(B_TO) ?? '';
  const badB = [rawFrom, rawTo].filter((v) => v !== '' && !isIsoDate(v));
  if (badB.length === 0 && rawFrom && rawTo && rawFrom > rawTo) badB.push(rawTo);
  const b = badB.length === 0 && rawFrom && rawTo ? { from: rawFrom, to: rawTo } : periodBefore(a);
  return { a, b, badB };
}

/** The URL search with both periods written out, other parameters (filters, language, breakdown) kept. */
export function compareSearch(search: string, a: Period, b: Period): string {
  const p = new URLSearchParams(search);
  p.set('from', a.from);
  p.set('to', a.to);
  p.set(B_FROM, b.from);
  p.set(B_TO, b.to);
  return `?${p.toString()}`;
}

/** How many values the chart of differences draws: the largest differences; the table lists every value. */
export const CHART_ROWS = 12;

/** The rows the chart draws: values whose dated counts differ, largest difference first (rows come sorted). */
export const chartRows = (rows: readonly CompareRow[], limit = CHART_ROWS): CompareRow[] =>
  rows.filter((r) => r.diff !== 0).slice(0, limit);

/** A difference written with its sign, as the month page writes it: "+3", "−2", "±0". */
export function signed(n: number, format: (n: number) => string): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${format(Math.abs(n))}`;
}
