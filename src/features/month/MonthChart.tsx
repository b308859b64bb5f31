import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMonth, monthBounds } from '../../domain/dates';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { formatNumber } from '../../ui/charts/captions';
import { timeChartText } from '../../ui/charts/timeText';
import { searchWithDates, type MonthWindow } from './monthChartState';

interface Props {
  months: MonthWindow;
  /** The page's URL search (its filters); the chart's exports are under these with the window's dates. */
  search: string;
}

/**
 * The month against the months before it, drawn like every time chart (dated within the month solid, known only
 * to a longer period hatched). A click on a column opens that month's review. Its exports and briefing entry carry
 * the window's dates as their period.
 */
export function MonthChart({ months: w, search }: Props) {
  const { t } = useTranslation('month');
  const { t: ui } = useTranslation('ui');
  const { locale } = useLang();
  const navigate = useNavigate();
  const text = timeChartText(ui, w.tally, w.total, locale, w.last);
  // Mid-sentence, so not capitalised: "hasta noviembre de 2025".
  const title = t('chart.title', { month: formatMonth(w.last, locale) });
  const from = monthBounds(`${w.first}-01`).from;
  const to = monthBounds(`${w.last}-01`).to;
  return (
    <ChartFigure
      chartId={`month-${w.last}`}
      title={title}
      caption={text.caption}
      note={text.note || undefined}
      hint={t('chart.hint')}
      data={text.data(t('chart.month'))}
      exportSearch={searchWithDates(search, from, to)}
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
