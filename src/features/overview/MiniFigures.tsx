import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { toggleValue } from '../../domain/filters';
import { valueLabel } from '../../domain/labels';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { BarChart } from '../../ui/charts/BarChart';
import { ColumnChart } from '../../ui/charts/ColumnChart';
import { formatNumber, leadSentence, withNumbers } from '../../ui/charts/captions';
import { timeChartText } from '../../ui/charts/timeText';
import { CATEGORICAL } from '../../ui/palette';
import { MonthReviewLinks } from './MonthReviewLinks';
import type { OverviewModel } from './overviewState';
import { useVocabulary } from '../../lib/useVocabulary';

function OpenLink({ to, children }: { to: string; children: string }) {
  const { search } = useLocation();
  return (
    <Link className="open-link" to={{ pathname: to, search }}>
      {children} <span aria-hidden="true">→</span>
    </Link>
  );
}

const GRAIN_KEYS = { month: 'months', quarter: 'quarters', year: 'years' } as const;

/** Small versions of the timeline, themes and map views, each linking to the full view with the same filters. */
export function MiniFigures({ m }: { m: OverviewModel }) {
  const { t: rawT } = useTranslation('overview');
  const { t: ui } = useTranslation('ui');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { filters, setFilters } = useFilters();
  const n = (x: number) => formatNumber(x, locale);
  // Past MAX_COLUMNS months the small chart counts by quarter or year (as the themes page does), and says so.
  const { grain, span } = m.time;
  const g = GRAIN_KEYS[grain];
  const monthTitle = t(`mini.${g}.title`);
  const time = timeChartText(ui, m.time, m.headline.activities, locale);
  const themeLabel = (k: string) => valueLabel('theme', k, lang, vocab);
  const countryLabel = (k: string) => valueLabel('country', k, lang, vocab);
  const themeRows = m.themes.top.map((r) => ({
    key: r.key,
    label: themeLabel(r.key),
    value: r.count,
    selected: filters.theme.includes(r.key),
  }));
  const countryRows = m.countries.top.map((r) => ({
    key: r.key,
    label: countryLabel(r.key),
    value: r.count,
    selected: filters.country.includes(r.key),
  }));
  return (
    <>
      <ChartFigure
        chartId="overview-by-month"
        title={monthTitle}
        caption={time.caption}
        note={
          [
            time.note,
            g === 'months' && !(filters.from || filters.to)
              ? ''
              : t(`mini.${g}.${filters.from || filters.to ? 'noteDates' : 'note'}`, { months: span }),
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
        hint={g === 'months' ? t('mini.months.hint') : undefined}
        data={time.data(t(`col.${grain}`))}
        controls={<OpenLink to="/timeline">{t('mini.months.open')}</OpenLink>}
      >
        <ColumnChart
          rows={time.rows}
          label={monthTitle}
          height={170}
          format={n}
          legend={time.legend}
          describe={time.describe}
        />
        {/* Only months link to a month's review: a quarter or a year column has none. */}
        {grain === 'month' && <MonthReviewLinks rows={time.rows} />}
      </ChartFigure>
      <ChartFigure
        chartId="overview-top-themes"
        title={t('mini.themes.title')}
        caption={leadSentence(t, m.themes.lead, themeLabel, locale)}
        note={t('mini.themes.note', { count: m.themes.distinct })}
        data={{
          columns: [
            { key: 'label', label: t('col.theme') },
            { key: 'value', label: t('col.activities') },
          ],
          rows: themeRows.map((r) => ({ label: r.label, value: r.value })),
        }}
        controls={<OpenLink to="/themes">{t('mini.themes.open')}</OpenLink>}
      >
        <BarChart
          rows={themeRows}
          label={t('mini.themes.title')}
          rowHeight={26}
          format={n}
          describe={(r) => t('bar', { label: r.label, count: r.value })}
          onSelect={(k) => setFilters({ theme: toggleValue(filters.theme, k) })}
        />
      </ChartFigure>
      <ChartFigure
        chartId="overview-top-countries"
        title={t('mini.countries.title')}
        caption={
          countryRows.length ? leadSentence(t, m.countries.lead, countryLabel, locale) : t('mini.countries.none')
        }
        note={m.countries.without > 0 ? t('mini.countries.note', { count: m.countries.without }) : undefined}
        data={{
          columns: [
            { key: 'label', label: t('col.country') },
            { key: 'value', label: t('col.activities') },
          ],
          rows: countryRows.map((r) => ({ label: r.label, value: r.value })),
        }}
        controls={<OpenLink to="/map">{t('mini.countries.open')}</OpenLink>}
      >
        <BarChart
          rows={countryRows}
          label={t('mini.countries.title')}
          rowHeight={26}
          colour={CATEGORICAL[5]}
          format={n}
          describe={(r) => t('bar', { label: r.label, count: r.value })}
          onSelect={(k) => setFilters({ country: toggleValue(filters.country, k) })}
        />
      </ChartFigure>
    </>
  );
}
