import { useContext, useState, type RefObject } from 'react';
import { QueryClientContext } from '@tanstack/react-query';
import { useInRouterContext, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import type { ChartFormat } from '../../lib/export/exportChart';
import type { ChartData, LegendItem } from '../../lib/export/types';
import { AddToBriefingButton } from './AddToBriefingButton';
import type { ComparedPeriod, Where } from './exportContext';
import { EXPORT_NS } from './i18n';
import { loadFigureActions } from './loadFigureActions';
import { MenuButton } from './MenuButton';

export interface FigureToolsProps {
  chartId: string;
  title: string;
  data: ChartData;
  legend?: LegendItem[] | undefined;
  /** The figure's caption and note, drawn under the exported image so it keeps what the screen says. */
  caveat?: string | undefined;
  drawingRef: RefObject<HTMLDivElement | null>;
  /** The filters the figure is drawn under, when they are not the page's URL (the month page sets its dates). */
  search?: string | undefined;
  /** A comparison's second period: exports and the briefing state it and cite its sources (the compare page). */
  comparedWith?: ComparedPeriod | undefined;
}

/**
 * The Export menu and the "Add to briefing" button of a chart figure. They work inside the app (router + query
 * client) and degrade gracefully in a bare component test: outside a router the page's own URL is used, and
 * without a query client there is no briefing button.
 */
export function FigureTools(props: FigureToolsProps) {
  return useInRouterContext() ? (
    <RoutedTools {...props} />
  ) : (
    <Tools {...props} where={{ pathname: window.location.pathname, search: props.search ?? window.location.search }} />
  );
}

function RoutedTools(props: FigureToolsProps) {
  const { pathname, search } = useLocation();
  return <Tools {...props} where={{ pathname, search: props.search ?? search }} />;
}

function Tools({
  chartId,
  title,
  data,
  legend,
  caveat,
  drawingRef,
  where,
  comparedWith,
}: FigureToolsProps & { where: Where }) {
  const { t } = useTranslation(EXPORT_NS);
  const { lang } = useLang();
  const client = useContext(QueryClientContext);
  const [status, setStatus] = useState('');

  const run = async (format: ChartFormat) => {
    const drawing = drawingRef.current;
    if (!drawing) return;
    setStatus(t('status.working'));
    try {
      const { exportChart, resolveExportContext, caveatOf } = await loadFigureActions();
      const now = new Date();
      const { filters, context } = await resolveExportContext(
        title,
        where,
        lang,
        t,
        client,
        now,
        caveatOf(t, drawing, legend, caveat),
        comparedWith,
      );
      const file = await exportChart(format, { chartId, drawing, data, legend, filters, context, now });
      setStatus(t('status.done', { file }));
    } catch (e) {
      setStatus(t('status.failed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const choices = [
    { id: 'png', label: t('menu.png') },
    { id: 'png3', label: t('menu.png3') },
    { id: 'svg', label: t('menu.svg') },
    { id: 'csv', label: t('menu.csv') },
  ] as const;

  return (
    <>
      <MenuButton
        label={t('menu.export')}
        description={t('menu.exportOf', { title })}
        choices={choices}
        onChoose={(f) => void run(f)}
      />
      {client && (
        <AddToBriefingButton
          chartId={chartId}
          title={title}
          legend={legend}
          caveat={caveat}
          drawingRef={drawingRef}
          where={where}
          onStatus={setStatus}
          comparedWith={comparedWith}
        />
      )}
      <span aria-live="polite" className="figure-tools-status">
        {status}
      </span>
    </>
  );
}
