import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { LIST_PARAMS, type Filters, type ListParam } from './filters';

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

const FACET_OF: Record<ListParam, Facet> = {
  country: 'countries',
  theme: 'themes',
  type: 'type',
  org: 'organizations',
};

/** Whether any filter other than `param` narrows the records. */
function othersActive(f: Filters, param: ListParam): boolean {
  return LIST_PARAMS.some((p) => p !== param && f[p].length > 0) || f.from !== null || f.to !== null || f.q !== '';
}

/**
 * Faceted counts: for each list filter, how many activities carry each value among those that pass every OTHER
 * filter — the number the analyst would get by also choosing that value (with Chile chosen, a theme's count is
 * its Chile records). A parameter's own choice is left out, or every unchosen value of it would read 0.
 * `totals` (the counts over everything, kept per data set) are reused for a parameter no other filter narrows.
 */
export function facetedCounts(
  all: readonly Activity[],
  f: Filters,
  totals: Record<ListParam, Map<string, number>>,
): Record<ListParam, Map<string, number>> {
  const out = {} as Record<ListParam, Map<string, number>>;
  for (const p of LIST_PARAMS)
    out[p] = othersActive(f, p) ? countBy(applyFilters(all, { ...f, [p]: [] }), FACET_OF[p]) : totals[p];
  return out;
}
