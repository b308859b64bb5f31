import type { Filters } from '../../domain/filters';
import { formatRange } from '../../domain/dates';
import { filterParts, localeOf } from '../../domain/labels';
import type { MergedVocabulary } from '../../domain/vocabulary';
import type { Lang } from '../../i18n/lang';
import { EXPORT_NS, i18n } from './i18n';

/**
 * The filters in words, each named by its kind: "Country: Chile · Theme: Migration · Period: 1 – 30 Nov 2025".
 * What exported images, data bundles and the printed briefing say, so a reader who never saw the app can tell a
 * country from a theme and knows the dates. Always in `lang`, whatever language the page was last drawn in.
 */
export function labelledFilters(f: Filters, lang: Lang, vocab: MergedVocabulary): string {
  const t = i18n.getFixedT(lang, EXPORT_NS);
  const parts = filterParts(f, lang, vocab);
  if (parts.length === 0) return t('filtersNone');
  return parts.map((p) => `${t(`filterKind.${p.kind}`, { count: p.count })}: ${p.text}`).join(' · ');
}

/** The same, followed by a comparison's second period: "… · Period: 1 – 31 Dec 2025 · Compared with: 1 – 30 Nov 2025". */
export function labelledComparison(
  f: Filters,
  comparedWith: { from: string; to: string } | null | undefined,
  lang: Lang,
  vocab: MergedVocabulary,
): string {
  const text = labelledFilters(f, lang, vocab);
  if (!comparedWith) return text;
  const t = i18n.getFixedT(lang, EXPORT_NS);
  return `${text} · ${t('filterKind.comparedWith')}: ${formatRange(comparedWith.from, comparedWith.to, localeOf(lang))}`;
}
