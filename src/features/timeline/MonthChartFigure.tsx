import { useTranslation } from 'react-i18next';
import { formatMonth, monthBounds } from '../../domain/dates';
import { Link, useLocation } from 'react-router';
import { monthReviewLink } from '../../lib/monthLink';
import type { TimeTally } from '../../domain/monthFit';
import { selectedMonth } from '../../domain/timeline';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { capitalise, formatNumber } from '../../ui/charts/captions';
import { timeChartText } from '../../ui/charts/timeText';

/**
 * Activities per month under monthFit's rule: dated within the month solid, known only to a longer period hatched
 * in each month it may fall in. A click on a month zooms the whole app into it (from/to); again, back out.
 */
export function MonthChartFigure({ tally, total }: { tally: TimeTally; total: number }) {
  const { t } = useTranslation('timeline');
  const { t: ui } = useTranslation('ui');
  const { locale } = useLang();
  const { filters, setFilters } = useFilters();
  const zoomed = selectedMonth(filters);
  const { search } = useLocation();
  const text = timeChartText(ui, tally, total, locale, zoomed ?? undefined);
  const title = t('byMonth.title');
  const zoom = (key: string) => setFilters(key === zoomed ? { from: null, to: null } : monthBounds(`${key}-01`));
  const note = [text.note, filters.from || filters.to ? t('byMonth.noteDates') : ''].filter(Boolean);
  return (
    <ChartFigure
      chartId="timeline-by-month"
      title={title}
      caption={text.caption}
      note={note.join(' ') || undefined}
      hint={t(filters.from || filters.to ? 'byMonth.hintDates' : 'byMonth.hint')}
      data={text.data(t('byMonth.month'))}
      controls={
        filters.from || filters.to ? (
          <>
            {zoomed && (
              <Link to={monthReviewLink(zoomed, search)}>
                {t('byMonth.review', { month: capitalise(formatMonth(zoomed, locale), locale) })}
              </Link>
            )}
            <button type="button" className="button-secondary" onClick={() => setFilters({ from: null, to: null })}>
              {t('byMonth.whole')}
            </button>
          </>
        ) : undefined
      }
    >
      <ColumnChart
        rows={text.rows}
        label={title}
        height={180}
        format={(n) => formatNumber(n, locale)}
        describe={text.describe}
        legend={text.legend}
        onSelect={zoom}
      />
    </ChartFigure>
  );
}
