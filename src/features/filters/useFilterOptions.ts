import { useMemo } from 'react';
import type { Activity } from '../../domain/activity';
import { countBy, type Facet } from '../../domain/facets';
import type { ListParam } from '../../domain/filters';
import { valueLabel } from '../../domain/labels';
import { taxonomy } from '../../domain/taxonomyData';
import type { Lang } from '../../i18n/lang';
import type { Option } from '../../ui/MultiSelect';

const FACET: Record<ListParam, Facet> = { country: 'countries', theme: 'themes', type: 'type', org: 'organizations' };

/**
 * Options for each list filter: the taxonomy's values (themes, types, organisations) or the countries present in
 * the data, with how many activities carry each. Selected values are always listed so they can be unticked.
 */
export function useFilterOptions(
  all: readonly Activity[] | undefined,
  lang: Lang,
  selected: Record<ListParam, string[]>,
) {
  return useMemo(() => {
    const acts = all ?? [];
    const build = (param: ListParam, universe: string[]): Option[] => {
      const counts = countBy(acts, FACET[param]);
      const values = new Set([...universe, ...counts.keys(), ...selected[param]]);
      return [...values]
        .map((value) => ({ value, label: valueLabel(param, value, lang), count: counts.get(value) ?? 0 }))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
    };
    return {
      country: build('country', []),
      theme: build(
        'theme',
        taxonomy.themes.map((t) => t.id),
      ),
      type: build(
        'type',
        taxonomy.activityTypes.map((t) => t.id),
      ),
      org: build(
        'org',
        taxonomy.organizations.map((o) => o.id),
      ),
    } satisfies Record<ListParam, Option[]>;
  }, [all, lang, selected]);
}
