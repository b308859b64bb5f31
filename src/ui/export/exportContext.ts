import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Activity } from '../../domain/activity';
import { applyFilters } from '../../domain/applyFilters';
import { formatDay } from '../../domain/dates';
import { parseFilters, type Filters } from '../../domain/filters';
import { localeOf } from '../../domain/labels';
import type { Source } from '../../domain/source';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { loadExportData } from '../../lib/data';
import { localIsoDate } from '../../lib/export/fileName';
import { citeSources, readableLink, sourceIdsOf, type ExportContext } from '../../lib/export/context';
import { labelledComparison } from './filterWords';
import type { Lang } from '../../i18n/lang';

export interface Where {
  pathname: string;
  search: string;
}

/** The second period of a comparison (the compare page's B), stated and cited beside the URL's dates (A). */
export interface ComparedPeriod {
  from: string;
  to: string;
}

export interface ResolvedContext {
  filters: Filters;
  shown: Activity[];
  sources: Source[];
  vocab: MergedVocabulary;
  context: ExportContext;
}

/** Everything an export says about itself, read at the moment of export: filters, sources, date and permalink. */
export async function resolveExportContext(
  title: string,
  where: Where,
  lang: Lang,
  t: TFunction,
  client: QueryClient | undefined,
  now: Date,
  caveat?: string,
  comparedWith?: ComparedPeriod,
): Promise<ResolvedContext> {
  const [all, sources, vocab] = await loadExportData(client);
  const filters = parseFilters(new URLSearchParams(where.search), vocab.filter).filters;
  const shown = applyFilters(all, filters);
  // A comparison rests on the records of both periods: cite B's sources too.
  if (comparedWith) {
    const ids = new Set(shown.map((a) => a.id));
    for (const a of applyFilters(all, { ...filters, ...comparedWith })) if (!ids.has(a.id)) shown.push(a);
  }
  const cites = citeSources(sources, sourceIdsOf(shown), lang);
  const date = formatDay(localIsoDate(now), localeOf(lang));
  const permalink = readableLink(new URL(`${where.pathname}${where.search}`, window.location.origin).href);
  const context: ExportContext = {
    title,
    filters: labelledComparison(filters, comparedWith, lang, vocab),
    source: cites.length ? t('image.source', { count: cites.length, list: cites.join('; ') }) : t('image.noSource'),
    exported: t('image.exported', { date }),
    permalink,
    reference: t('image.view', { ref: permalink }),
    ...(caveat ? { caveat } : {}),
  };
  return { filters, shown, sources, vocab, context };
}
