import type { ActivitiesFile, Activity, ActivityFile } from '../domain/activity';
import { activitiesOfFiles } from '../domain/dataFiles';
import { embeddedSources } from '../domain/embeddedSources';

const activities = activitiesOfFiles(
  import.meta.glob<{ default: ActivitiesFile }>('../../data/activities/*.json', { eager: true }),
);

/**
 * The embedded data set (every file in data/activities/), for tests that check a view or a derivation against
 * the real records. Tests compute their expectations from these records with the naive code below (loops over
 * the records, written without src/domain), so adding a release to data/ never breaks them. A test that needs
 * fixed numbers uses src/testing/releaseFixture instead.
 */
export const embeddedActivities: readonly ActivityFile[] = activities;
/** The embedded releases (data/sources/). */
export { embeddedSources };

/** The embedded records as the app stores them after seeding. */
export const embeddedRecords: readonly Activity[] = activities.map((a) => ({ ...a, origin: 'embedded' }));

/** How many embedded records pass `keep`. */
export function countEmbedded(keep: (a: ActivityFile) => boolean = () => true): number {
  let n = 0;
  for (const a of activities) if (keep(a)) n++;
  return n;
}

type Facet = 'countries' | 'themes' | 'organizations' | 'type';

/** Records per value of a facet: a record with two themes counts once under each. */
export function naiveFacetCounts(records: readonly ActivityFile[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of records) {
    const values = facet === 'type' ? [a.type] : a[facet];
    for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Records per month they start in ("2025-11"), months without records left out. */
export function naiveStartMonths(records: readonly ActivityFile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of records) counts.set(a.date.slice(0, 7), (counts.get(a.date.slice(0, 7)) ?? 0) + 1);
  return counts;
}

/** The last day a record's date stands for: the end of its range, month or quarter. */
export function naiveLastDay(a: Pick<ActivityFile, 'date' | 'datePrecision' | 'endDate'>): string {
  const [y, m] = [Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7))];
  const monthEnd = (month: number) => new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
  if (a.datePrecision === 'month') return monthEnd(m);
  if (a.datePrecision === 'quarter') return monthEnd(Math.ceil(m / 3) * 3);
  if (a.datePrecision === 'range') return a.endDate ?? a.date;
  return a.date;
}

/** The records under way at some point between `from` and `to` (ISO days, both included). */
export function naiveUnderWay(records: readonly ActivityFile[], from: string, to: string): ActivityFile[] {
  return records.filter((a) => a.date <= to && naiveLastDay(a) >= from);
}
