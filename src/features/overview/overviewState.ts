import type { Activity, Status } from '../../domain/activity';
import { latestActivities, lead, monthRows, type Headline, type KeyCount, type Lead } from '../../domain/aggregate';
import { monthKey } from '../../domain/dates';
import { sortedCounts } from '../../domain/facets';
import type { Filters } from '../../domain/filters';
import { grainFor, periodOf, type Grain } from '../../domain/periods';
import { monthExtent, monthSwitchWithin, type MonthSwitch } from '../../domain/timeline';

export const TOP = 5;
export const LATEST = 6;

/** Everything the overview draws, from the filtered activities (and the whole set, for the month switcher). */
export interface OverviewModel {
  headline: Headline;
  latest: Activity[];
  months: KeyCount[];
  /** The months counted by month, quarter or year, so the small chart keeps at most MAX_COLUMNS columns. */
  periods: { grain: Grain; span: number; rows: KeyCount[] };
  /** The busiest period (at the grain of `periods`). */
  busiest: Lead | null;
  themes: { top: KeyCount[]; lead: Lead | null; distinct: number };
  countries: { top: KeyCount[]; lead: Lead | null; without: number };
  switcher: MonthSwitch;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * The overview's counts in one pass over the filtered activities. Computing the headline, months, themes and
 * countries each with its own pass (and the latest with a full sort) cost several times the filtering itself at
 * 100k records; this is what a filter change pays on `/`.
 */
export function overviewCounts(filtered: readonly Activity[]) {
  const countries = new Map<string, number>();
  const themes = new Map<string, number>();
  const months = new Map<string, number>();
  const orgs = new Set<string>();
  const byStatus: Record<Status, number> = { held: 0, announced: 0, planned: 0 };
  let without = 0;
  for (const a of filtered) {
    for (const c of a.countries) bump(countries, c);
    if (a.countries.length === 0) without++;
    for (const th of a.themes) bump(themes, th);
    for (const o of a.organizations) orgs.add(o);
    bump(months, monthKey(a.date));
    byStatus[a.status]++;
  }
  const headline: Headline = {
    activities: filtered.length,
    countries: countries.size,
    themes: themes.size,
    organizations: orgs.size,
    byStatus,
  };
  return { headline, countries: sortedCounts(countries), themes: sortedCounts(themes), months, without };
}

/**
 * `extent` is the data set's first and last month (see monthExtent): it depends on the whole set only, so the page
 * computes it once per data set rather than on every filter change.
 */
export function overviewModel(
  filtered: readonly Activity[],
  all: readonly Activity[],
  f: Pick<Filters, 'from' | 'to'>,
  extent: [string, string] | null = monthExtent(all),
): OverviewModel {
  const c = overviewCounts(filtered);
  const months = monthRows(c.months);
  const periods = periodRows(months);
  return {
    headline: c.headline,
    latest: latestActivities(filtered, LATEST),
    months,
    periods,
    busiest: lead([...periods.rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))),
    themes: { top: c.themes.slice(0, TOP), lead: lead(c.themes), distinct: c.themes.length },
    countries: { top: c.countries.slice(0, TOP), lead: lead(c.countries), without: c.without },
    switcher: monthSwitchWithin(f, extent),
  };
}

/** Month rows (every month, in order) summed into quarters or years when there are more than MAX_COLUMNS. */
export function periodRows(months: readonly KeyCount[]): OverviewModel['periods'] {
  const grain = grainFor(months.length);
  if (grain === 'month') return { grain, span: months.length, rows: [...months] };
  const rows: KeyCount[] = [];
  for (const m of months) {
    const key = periodOf(m.key, grain);
    const last = rows[rows.length - 1];
    if (last && last.key === key) last.count += m.count;
    else rows.push({ key, count: m.count });
  }
  return { grain, span: months.length, rows };
}
