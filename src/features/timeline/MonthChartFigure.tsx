import { useTranslation } from 'react-i18next';
import { byCount, lead, type KeyCount } from '../../domain/aggregate';
import { formatMonth, formatMonthShort, monthBounds } from '../../domain/dates';
import { selectedMonth } from '../../domain/timeline';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { capitalise, formatNumber, listOf, withNumbers } from '../../ui/charts/captions';

/** Activities per start month. A click on a month zooms the whole app into it (from/to); again, back out. */
export function MonthChartFigure({ counts, total }: { counts: readonly KeyCount[]; total: number }) {
  const { t: rawT } = useTranslation('timeline');
  const { locale } = useLang();
  const t = withNumbers(rawT, locale);
  const { filters, setFilters } = useFilters();
  const zoomed = selectedMonth(filters);
  const rows = counts.map((c) => ({
    key: c.key,
    label: formatMonthShort(c.key, locale),
    value: c.count,
    selected: c.key === zoomed,
  }));
  const l = lead(byCount(counts));
  const caption = !l
    ? ''
    : capitalise(
        l.leaders.length > 1
          ? t('byMonth.busiestTie', {
              months: listOf(
                l.leaders.map((m) => formatMonth(m, locale)),
                locale,
              ),
              count: l.count,
            })
          : t('byMonth.busiest', {
              month: formatMonth(l.leaders[0] ?? '', locale),
              count: l.count,
              total,
            }),
        locale,
      );
  const title = t('byMonth.title');
  const zoom = (key: string) => setFilters(key === zoomed ? { from: null, to: null } : monthBounds(`${key}-01`));
  return (
    <ChartFigure
      chartId="timeline-by-month"
      title={title}
      caption={caption}
      note={t(filters.from || filters.to ? 'byMonth.noteDates' : 'byMonth.note')}
      data={{
        columns: [
          { key: 'month', label: t('byMonth.month') },
          { key: 'count', label: t('byMonth.activities') },
        ],
        rows: counts.map((c) => ({ month: formatMonth(c.key, locale), count: c.count })),
      }}
      controls={
        filters.from || filters.to ? (
          <button type="button" className="button-secondary" onClick={() => setFilters({ from: null, to: null })}>
            {t('byMonth.whole')}
          </button>
        ) : undefined
      }
    >
      <ColumnChart
        rows={rows}
        label={title}
        height={180}
        format={(n) => formatNumber(n, locale)}
        describe={(r) => t('byMonth.bar', { month: formatMonth(r.key, locale), count: r.value })}
        onSelect={zoom}
      />
    </ChartFigure>
  );
}
