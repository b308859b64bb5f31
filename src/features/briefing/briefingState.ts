import type { Activity } from '../../domain/activity';
import { applyFilters } from '../../domain/applyFilters';
import { parseFilters, type Filters } from '../../domain/filters';
import { comparedPeriodOf, type Period } from '../../domain/periodCompare';
import type { Source } from '../../domain/source';
import type { MergedVocabulary } from '../../domain/vocabulary';
import type { BriefingItem } from '../../db/briefing';
import type { Lang } from '../../i18n/lang';
import { citeSources, sourceIdsOf } from '../../lib/export/context';
import { labelledComparison } from '../../ui/export/filterWords';

/** The filters an item was chosen under (its stored URL search); unknown values are dropped, as in the views. */
export function itemFilters(item: Pick<BriefingItem, 'search'>, vocab: MergedVocabulary): Filters {
  return parseFilters(new URLSearchParams(item.search ?? ''), vocab.filter).filters;
}

/** Items that show data (charts and records tables), as opposed to headings and notes. */
export const showsData = (item: BriefingItem) => item.kind === 'chart' || item.kind === 'records';

/** The second period of a chart added from the compare page (its first is the item's dates), else null. */
export function itemComparedWith(item: Pick<BriefingItem, 'search' | 'path'>): Period | null {
  return item.path === '/compare' ? comparedPeriodOf(new URLSearchParams(item.search ?? '')) : null;
}

/** An item's filters in words, each named by its kind ("Country: Chile · Period: 1 – 30 Nov 2025"). */
export const itemFilterText = (item: Pick<BriefingItem, 'search' | 'path'>, lang: Lang, vocab: MergedVocabulary) =>
  labelledComparison(itemFilters(item, vocab), itemComparedWith(item), lang, vocab);

/** The filters of every data item, in words in the current language, each distinct set once, in briefing order. */
export function briefingFilterTexts(items: readonly BriefingItem[], lang: Lang, vocab: MergedVocabulary): string[] {
  return [...new Set(items.filter(showsData).map((i) => itemFilterText(i, lang, vocab)))];
}

/** Every release the briefing's charts and tables rest on, cited in words. */
export function briefingSources(
  items: readonly BriefingItem[],
  activities: readonly Activity[],
  sources: readonly Source[],
  lang: Lang,
  vocab: MergedVocabulary,
): string[] {
  const shown = items.filter(showsData).flatMap((i) => {
    const f = itemFilters(i, vocab);
    const b = itemComparedWith(i);
    // A comparison rests on both periods' records.
    return b
      ? [...applyFilters(activities, f), ...applyFilters(activities, { ...f, ...b })]
      : applyFilters(activities, f);
  });
  return citeSources(sources, sourceIdsOf(shown), lang);
}

/** The records an item of kind "records" lists. */
export function itemRecords(item: BriefingItem, activities: readonly Activity[], vocab: MergedVocabulary): Activity[] {
  return applyFilters(activities, itemFilters(item, vocab));
}
