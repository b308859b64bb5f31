import type { Activity } from '../../domain/activity';
import {
  facetCounts,
  headline,
  latestActivities,
  lead,
  monthCounts,
  type Headline,
  type KeyCount,
  type Lead,
} from '../../domain/aggregate';
import type { Filters } from '../../domain/filters';
import { monthSwitch, type MonthSwitch } from '../../domain/timeline';

export const TOP = 5;
export const LATEST = 6;

/** Everything the overview draws, from the filtered activities (and the whole set, for the month switcher). */
export interface OverviewModel {
  headline: Headline;
  latest: Activity[];
  months: KeyCount[];
  busiest: Lead | null;
  themes: { top: KeyCount[]; lead: Lead | null; distinct: number };
  countries: { top: KeyCount[]; lead: Lead | null; without: number };
  switcher: MonthSwitch;
}

export function overviewModel(
  filtered: readonly Activity[],
  all: readonly Activity[],
  f: Pick<Filters, 'from' | 'to'>,
): OverviewModel {
  const months = monthCounts(filtered);
  const themes = facetCounts(filtered, 'themes');
  const countries = facetCounts(filtered, 'countries');
  return {
    headline: headline(filtered),
    latest: latestActivities(filtered, LATEST),
    months,
    busiest: lead([...months].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))),
    themes: { top: themes.slice(0, TOP), lead: lead(themes), distinct: themes.length },
    countries: {
      top: countries.slice(0, TOP),
      lead: lead(countries),
      without: filtered.filter((a) => a.countries.length === 0).length,
    },
    switcher: monthSwitch(f, all),
  };
}
