import type { Activity, Status } from '../../domain/activity';
import { latestActivities, lead, type Headline, type KeyCount, type Lead } from '../../domain/aggregate';
import { sortedCounts } from '../../domain/facets';
import type { Filters } from '../../domain/filters';
import { filterMonths, tallyPeriods, type TimeTally } from '../../domain/monthFit';
import { grainFor } from '../../domain/periods';
import { monthExtent, monthSwitchWithin, type MonthSwitch } from '../../domain/timeline';

export const TOP = 5;
export const LATEST = 6;

/** Everything the overview draws, from the filtered activities (and the whole set, for the month switcher). */
export interface OverviewModel {
  headline: Headline;
  latest: Activity[];
  /**
   * Activities per month under monthFit's rule (certain / possible), or per quarter or year when the months are
   * more than MAX_COLUMNS; `span` is the number of months, which decided the grain.
   */
  time: TimeTally & { span: number };
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
  const orgs = new Set<string>();
  const byStatus: Record<Status, number> = { held: 0, announced: 0, planned: 0 };
  let without = 0;
  for (const a of filtered) {
    for (const c of a.countries) bump(countries, c);
    if (a.countries.length === 0) without++;
    for (const th of a.themes) bump(themes, th);
    for (const o of a.organizations) orgs.add(o);
    byStatus[a.status]++;
  }
  const headline: Headline = {
    activities: filtered.length,
    countries: countries.size,
    themes: themes.size,
    organizations: orgs.size,
    byStatus,
  };
  return { headline, countries: sortedCounts(countries), themes: sortedCounts(themes), without };
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
  return {
    headline: c.headline,
    latest: latestActivities(filtered, LATEST),
    time: timeOf(filtered, f),
    themes: { top: c.themes.slice(0, TOP), lead: lead(c.themes), distinct: c.themes.length },
    countries: { top: c.countries.slice(0, TOP), lead: lead(c.countries), without: c.without },
    switcher: monthSwitchWithin(f, extent),
  };
}

/**
 * Counted by month, then again by quarter or year when the months would be too many columns. Months cannot simply
 * be summed into quarters: a range across two months is possible in each month but certain in its quarter.
 */
export function timeOf(filtered: readonly Activity[], f: Pick<Filters, 'from' | 'to'>): OverviewModel['time'] {
  const clip = filterMonths(f);
  const months = tallyPeriods(filtered, 'month', clip);
  const span = months.rows.length;
  const grain = grainFor(span);
  return { ...(grain === 'month' ? months : tallyPeriods(filtered, grain, clip)), span };
}
