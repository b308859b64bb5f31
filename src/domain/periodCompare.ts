import type { Activity } from './activity';
import { endOfMonth, monthBounds } from './dates';
import { isIsoDate } from './isoDate';
import { fitActivity } from './monthFit';

/** Two periods compared side by side: the one under review (A, the URL's dates) and the one it is set against (B). */
export interface Period {
  /** YYYY-MM-DD, both inclusive. */
  from: string;
  to: string;
}

/**
 * The compare page's second period in the URL (the first is the date filter, `from`/`to`). Named here, not in the
 * page, because a briefing item stored from that page reads them back to state and cite both periods.
 */
export const B_FROM = 'bfrom';
export const B_TO = 'bto';

/** Period B of a /compare search, or null when it is absent or not a valid period. */
export function comparedPeriodOf(params: URLSearchParams): Period | null {
  const from = params.get(B_FROM) ?? '';
  const to = params.get(B_TO) ?? '';
  return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : null;
}

/** The facets the comparison breaks the counts down by; `countries` etc. are the record's fields. */
export const COMPARE_FACETS = ['countries', 'themes', 'type'] as const;
export type CompareFacet = (typeof COMPARE_FACETS)[number];

/** Activities in one period under the date filter's rule (monthFit.ts). */
export interface PeriodCount {
  /** Dated within the period: certainly in it. */
  certain: number;
  /** Known only to a longer interval that overlaps the period: they may fall in it. */
  possible: number;
}

export interface CompareRow {
  key: string;
  a: PeriodCount;
  b: PeriodCount;
  /** a.certain − b.certain: what the records date within each period, as the month page's difference. */
  diff: number;
}

export interface PeriodComparison {
  a: PeriodCount;
  b: PeriodCount;
  /** One row per value seen in either period, largest difference first. */
  facets: Record<CompareFacet, CompareRow[]>;
}

const zero = (): PeriodCount => ({ certain: 0, possible: 0 });

/**
 * Counts the activities (already filtered by everything but the dates) in each period and by facet value. An
 * activity counts in a period exactly when the date filter for that period lists it: certain when its whole
 * interval lies inside, possible when it only overlaps. So `a.certain + a.possible` is what filtering to A returns.
 */
export function comparePeriods(activities: readonly Activity[], a: Period, b: Period): PeriodComparison {
  const totals = { a: zero(), b: zero() };
  const maps = Object.fromEntries(COMPARE_FACETS.map((f) => [f, new Map<string, CompareRow>()])) as Record<
    CompareFacet,
    Map<string, CompareRow>
  >;
  for (const act of activities) {
    const fa = fitActivity(act, a.from, a.to);
    const fb = fitActivity(act, b.from, b.to);
    if (fa === 'outside' && fb === 'outside') continue;
    if (fa !== 'outside') totals.a[fa]++;
    if (fb !== 'outside') totals.b[fb]++;
    for (const f of COMPARE_FACETS) {
      for (const key of f === 'type' ? [act.type] : act[f]) {
        let row = maps[f].get(key);
        if (!row) maps[f].set(key, (row = { key, a: zero(), b: zero(), diff: 0 }));
        if (fa !== 'outside') row.a[fa]++;
        if (fb !== 'outside') row.b[fb]++;
      }
    }
  }
  const order = (x: CompareRow, y: CompareRow) =>
    Math.abs(y.diff) - Math.abs(x.diff) || total(y) - total(x) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  const facets = Object.fromEntries(
    COMPARE_FACETS.map((f) => {
      const rows = [...maps[f].values()];
      for (const r of rows) r.diff = r.a.certain - r.b.certain;
      return [f, rows.sort(order)];
    }),
  ) as Record<CompareFacet, CompareRow[]>;
  return { ...totals, facets };
}

const total = (r: CompareRow) => r.a.certain + r.a.possible + r.b.certain + r.b.possible;

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Days in a period, both ends included. */
export const periodDays = (p: Period) => Math.round((ms(p.to) - ms(p.from)) / DAY) + 1;

/** True when the period is one whole calendar month. */
export const isWholeMonth = (p: Period) => p.from.endsWith('-01') && p.to === endOfMonth(p.from);

/**
 * The period just before `p` to compare it with: the previous calendar month when `p` is a whole month (October
 * against November, whatever their lengths), otherwise as many days ending the day before `p` starts.
 */
export function periodBefore(p: Period): Period {
  if (isWholeMonth(p)) return monthBounds(p.from, -1);
  const to = ms(p.from) - DAY;
  return { from: iso(to - (periodDays(p) - 1) * DAY), to: iso(to) };
}
