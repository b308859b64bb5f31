import { useTranslation } from 'react-i18next';
import { byCount, lead, type MonthThemeTable } from '../../domain/aggregate';
import { toggleValue } from '../../domain/filters';
import { valueLabel } from '../../domain/labels';
import { formatPeriod } from '../../domain/periods';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { capitalise, formatNumber, listOf, withNumbers } from '../../ui/charts/captions';
import { categorical } from '../../ui/palette';
import { isOther } from './themesState';
import { StackedColumns, type Series, type StackRow } from '../../ui/charts/StackedColumns';
import { useVocabulary } from '../../lib/useVocabulary';

/** Strings that depend on the grain: a long span is counted by quarter or year, and the chart says so. */
const GRAIN_KEYS = { month: 'byMonth', quarter: 'byQuarter', year: 'byYear' } as const;

/** Theme mentions per month (or quarter, or year), stacked; the busiest period and its leading theme make the caption. */
export function MonthThemeFigure({ table, themeCount }: { table: MonthThemeTable; themeCount: number }) {
  const { t: rawT } = useTranslation('themes');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { filters, setFilters } = useFilters();
  const g = GRAIN_KEYS[table.grain];
  const label = (key: string) => (isOther(key) ? t('byMonth.other') : valueLabel('theme', key, lang, vocab));
  const period = (key: string) => formatPeriod(key, table.grain, locale);
  const series: Series[] = table.series.map((key, i) => ({
    key,
    label: label(key),
    colour: isOther(key) ? '#8a94a3' : categorical(i),
    total: table.rows.reduce((n, r) => n + Number(r[key] ?? 0), 0),
    selectable: !isOther(key),
    selected: filters.theme.includes(key),
  }));
  const rows: StackRow[] = table.rows.map((r) => ({
    key: r.period,
    label: formatPeriod(r.period, table.grain, locale, true),
    values: Object.fromEntries(table.series.map((s) => [s, Number(r[s] ?? 0)])),
    total: r.total,
  }));
  const busiest = byCount(rows.map((r) => ({ key: r.key, count: r.total })))[0];
  const busiestRow = rows.find((r) => r.key === busiest?.key);
  const leaders = busiestRow
    ? lead(
        byCount(series.filter((s) => s.selectable).map((s) => ({ key: s.key, count: busiestRow.values[s.key] ?? 0 }))),
      )
    : null;
  const caption =
    busiestRow && leaders
      ? capitalise(
          t(`${g}.${leaders.leaders.length > 1 ? 'captionTie' : 'caption'}`, {
            month: period(busiestRow.key),
            total: busiestRow.total,
            theme: listOf(leaders.leaders.map(label), locale),
            count: leaders.count,
          }),
          locale,
        )
      : '';
  const hidden = themeCount - (series.length - (series.some((s) => !s.selectable) ? 1 : 0));
  const note = [
    t('byMonth.note'),
    table.grain !== 'month' ? t(`${g}.grain`, { months: table.months }) : '',
    hidden > 0 ? t('byMonth.otherNote', { count: hidden }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const title = t(`${g}.title`);
  return (
    <ChartFigure
      chartId="themes-by-month"
      title={title}
      caption={caption}
      note={note}
      data={{
        columns: [
          { key: 'period', label: t(`col.${table.grain}`) },
          ...series.map((s) => ({ key: s.key, label: s.label })),
          { key: 'total', label: t('col.total') },
        ],
        rows: rows.map((r) => ({ period: period(r.key), ...r.values, total: r.total })),
      }}
    >
      <StackedColumns
        series={series}
        rows={rows}
        label={title}
        format={(n) => formatNumber(n, locale)}
        legendName={(s) => t('byMonth.legend', { theme: s.label, count: s.total })}
        segmentName={(r, s, v) => t('byMonth.segment', { month: period(r.key), theme: s.label, count: v })}
        onSelect={(key) => setFilters({ theme: toggleValue(filters.theme, key) })}
      />
    </ChartFigure>
  );
}
