import { useEffect, useMemo, useState } from 'react';
import type { Activity } from '../../domain/activity';
import { indexOf } from '../../domain/activityIndex';
import { countBy, facetedCounts, type Facet } from '../../domain/facets';
import { EMPTY_FILTERS, LIST_PARAMS, type Filters, type ListParam } from '../../domain/filters';
import { valueLabel } from '../../domain/labels';
import type { MergedVocabulary } from '../../domain/vocabulary';
import type { Lang } from '../../i18n/lang';
import type { Option } from '../../ui/MultiSelect';

const FACET: Record<ListParam, Facet> = { country: 'countries', theme: 'themes', type: 'type', org: 'organizations' };

/** Every value a list filter offers even when no record carries it: the vocabulary's (countries: none). */
const universe = (v: MergedVocabulary): Record<ListParam, string[]> => ({
  country: [],
  theme: v.themes.map((t) => t.id),
  type: v.activityTypes.map((t) => t.id),
  org: v.organizations.map((o) => o.id),
});

/**
 * Options for each list filter: the vocabulary's values (embedded + the analyst's) (themes, types, organisations) or
 * the countries present in the data, with how many activities carry each among those the OTHER active filters let
 * through (faceted counts, see facetedCounts). Selected values are always listed so they can be unticked.
 * The totals over the whole data set are computed once per data set; a filter change recounts only the parameters
 * another filter narrows (through the index past a few thousand records).
 */
export function useFilterOptions(
  all: readonly Activity[] | undefined,
  lang: Lang,
  selected: Record<ListParam, string[]> & Partial<Filters>,
  vocab: MergedVocabulary,
) {
  const counts = useMemo(() => {
    const acts = all ?? [];
    // Past a few thousand records the filter index (built anyway for filtering) already knows each value's count.
    if (acts.length >= 2000) {
      const ix = indexOf(acts);
      return Object.fromEntries(
        LIST_PARAMS.map((p) => [p, new Map([...ix.postings[p]].map(([v, at]) => [v, at.length]))]),
      ) as Record<ListParam, Map<string, number>>;
    }
    return Object.fromEntries(LIST_PARAMS.map((p) => [p, countBy(acts, FACET[p])])) as Record<
      ListParam,
      Map<string, number>
    >;
  }, [all]);
  // Labelled and sorted once per data set and language; a filter change only adds a chosen value not listed.
  const listed = useMemo(() => {
    const collator = new Intl.Collator(lang);
    const values = universe(vocab);
    const build = (param: ListParam): Option[] => {
      const c = counts[param];
      return [...new Set([...values[param], ...c.keys()])]
        .map((value) => ({ value, label: valueLabel(param, value, lang, vocab), count: c.get(value) ?? 0 }))
        .sort((a, b) => collator.compare(a.label, b.label));
    };
    return Object.fromEntries(LIST_PARAMS.map((p) => [p, build(p)])) as Record<ListParam, Option[]>;
  }, [counts, lang, vocab]);
  const { country, theme, type, org, from = null, to = null, q = '' } = selected;
  // The counts beside the options follow a filter change once the view has painted it: recounting every other
  // facet over the records the change lets through (~20 ms at 100k) no longer delays the view's own update (the
  // router renders a filter change as one transition, so useDeferredValue would not split it). A plain timeout ran
  // before the next frame, so the recount still held back the first paint of the new view; the next frame's
  // callback, then a task, comes after it. The selection is kept as a string, compared by content; a new data set
  // is counted at once, under the selection last counted.
  const selection = JSON.stringify({ country, theme, type, org, from, to, q });
  const [counted, setCounted] = useState(selection);
  useEffect(() => {
    if (counted === selection) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setCounted(selection));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [counted, selection]);
  const faceted = useMemo(
    () => facetedCounts(all ?? [], { ...EMPTY_FILTERS, ...(JSON.parse(counted) as Partial<Filters>) }, counts),
    [all, counts, counted],
  );
  return useMemo(() => {
    const chosen: Record<ListParam, string[]> = { country, theme, type, org };
    const withChosen = (param: ListParam): Option[] => {
      const c = faceted[param];
      // The order stays the one sorted per data set: options must not jump about as the counts change.
      const list =
        c === counts[param] ? listed[param] : listed[param].map((o) => ({ ...o, count: c.get(o.value) ?? 0 }));
      const missing = chosen[param].filter((v) => !list.some((o) => o.value === v));
      if (missing.length === 0) return list;
      const collator = new Intl.Collator(lang);
      return [
        ...list,
        ...missing.map((value) => ({ value, label: valueLabel(param, value, lang, vocab), count: 0 })),
      ].sort((a, b) => collator.compare(a.label, b.label));
    };
    return Object.fromEntries(LIST_PARAMS.map((p) => [p, withChosen(p)])) as Record<ListParam, Option[]>;
  }, [listed, faceted, counts, lang, country, theme, type, org, vocab]);
}
