import type { RefObject } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { formatNumber } from '../../ui/charts/captions';
import { monthChartFigure, type MonthWindow } from './monthChartState';

interface Props {
  months: MonthWindow;
  /** The page's URL search (its filters); the chart's exports are under these with the window's dates. */
  search: string;
  /** Where the drawing is mounted, for "Add this month to the briefing" (outside the figure). */
  drawingRef?: RefObject<HTMLDivElement | null>;
}

/**
 * The month against the months before it, drawn like every time chart (dated within the month solid, known only
 * to a longer period hatched). A click on a column opens that month's review. Its exports and briefing entry carry
 * the window's dates as their period.
 */
export function MonthChart({ months: w, search, drawingRef }: Props) {
  const { t } = useTranslation('month');
  const { t: ui } = useTranslation('ui');
  const { locale } = useLang();
  const navigate = useNavigate();
  const { chartId, title, text, exportSearch } = monthChartFigure(t, ui, w, locale, search);
  return (
    <ChartFigure
      chartId={chartId}
      title={title}
      caption={text.caption}
      note={text.note || undefined}
      hint={t('chart.hint')}
      data={text.data(t('chart.month'))}
      exportSearch={exportSearch}
      {...(drawingRef ? { drawingRef } : {})}
    >
      <ColumnChart
        rows={text.rows}
        label={title}
        height={180}
        format={(n) => formatNumber(n, locale)}
        describe={text.describe}
        legend={text.legend}
        onSelect={(key) => void navigate({ pathname: `/month/${key}`, search })}
      />
    </ChartFigure>
  );
}
