import { formatMonth, formatMonthShort, monthBounds } from './dates';

/**
 * Time grains for charts with one column per period. A stacked column chart over years of data would draw one
 * column per month (dozens of columns × eight themes, hundreds of SVG shapes that each filter change redraws);
 * past `MAX_COLUMNS` months it counts by quarter, and past that many quarters by year. The chart says so.
 */
export const GRAINS = ['month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

export const MAX_COLUMNS = 24;

/** Every month from `first` to `last` (YYYY-MM), both inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = monthBounds(`${m}-01`, 1).from.slice(0, 7)) out.push(m);
  return out;
}

/** The finest grain that keeps `months` months within `maxColumns` columns. */
export function grainFor(months: number, maxColumns = MAX_COLUMNS): Grain {
  if (months <= maxColumns) return 'month';
  if (Math.ceil(months / 3) <= maxColumns) return 'quarter';
  return 'year';
}

/** The period a month (YYYY-MM) falls in: "2025-11", "2025-Q4" or "2025". Keys sort in time order. */
export function periodOf(month: string, grain: Grain): string {
  if (grain === 'month') return month;
  const year = month.slice(0, 4);
  if (grain === 'year') return year;
  return `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** Every period from the one holding `firstMonth` to the one holding `lastMonth`, both included. */
export function periodRange(firstMonth: string, lastMonth: string, grain: Grain): string[] {
  const out: string[] = [];
  let y = Number(firstMonth.slice(0, 4));
  let m = Number(firstMonth.slice(5, 7));
  const last = periodOf(lastMonth, grain);
  const step = grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12;
  for (;;) {
    const key = periodOf(`${y}-${String(m).padStart(2, '0')}`, grain);
    if (out[out.length - 1] !== key) out.push(key);
    if (key === last || out.length > 10_000) return out;
    m += step;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
}

/** "November 2025" / "Q4 2025" (es: "T4 2025") / "2025"; `short` gives "Nov 2025" for month axis labels. */
export function formatPeriod(key: string, grain: Grain, locale: string, short = false): string {
  if (grain === 'month') return short ? formatMonthShort(key, locale) : formatMonth(key, locale);
  if (grain === 'year') return key;
  const [year, q] = key.split('-Q');
  return `${locale.startsWith('es') ? 'T' : 'Q'}${q} ${year}`;
}
