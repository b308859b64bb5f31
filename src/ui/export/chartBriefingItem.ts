import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/lang';
import { standaloneOf } from '../../lib/export/exportChart';
import type { LegendItem } from '../../lib/export/types';
import { caveatOf } from './caveat';
import { resolveExportContext, type ComparedPeriod, type Where } from './exportContext';

export interface ChartItemInput {
  chartId: string;
  title: string;
  legend?: LegendItem[] | undefined;
  caveat?: string | undefined;
  drawing: HTMLElement;
  where: Where;
  lang: Lang;
  /** The export namespace's translate function (image texts). */
  t: TFunction;
  client: QueryClient | undefined;
  comparedWith?: ComparedPeriod | undefined;
}

/**
 * A chart as a briefing item: its standalone SVG as drawn now (title, labelled filters, caveat, source and date
 * inside the image), the filters in words, and the view it came from. Shared by a figure's "Add to briefing" and
 * the month page's "Add this month to the briefing", so both store the same picture.
 */
export async function chartBriefingItem({
  comparedWith,
  chartId,
  title,
  legend,
  caveat,
  drawing,
  where,
  lang,
  t,
  client,
}: ChartItemInput) {
  const note = caveatOf(t, drawing, legend, caveat);
  const { context } = await resolveExportContext(title, where, lang, t, client, new Date(), note, comparedWith);
  const svg = standaloneOf({ drawing, legend, context });
  return {
    kind: 'chart' as const,
    chartId,
    title,
    search: where.search,
    path: where.pathname,
    filtersText: context.filters,
    ...(svg ? { svg: svg.markup } : {}),
  };
}
