import type { Activity } from './activity';

export type Facet = 'countries' | 'themes' | 'organizations' | 'type';

export interface KeyCount {
  key: string;
  count: number;
}

/**
 * How many activities carry each value of a facet. An activity with several countries counts once in each, so
 * the counts can add up to more than the number of activities.
 */
export function countBy(activities: readonly Activity[], facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of activities) {
    const values = facet === 'type' ? [a.type] : a[facet];
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Entries sorted by count (descending), then by key, for stable charts and tables. */
export function sortedCounts(counts: Map<string, number>): KeyCount[] {
  return [...counts.entries()]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
