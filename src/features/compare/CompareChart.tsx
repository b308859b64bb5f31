import { useTranslation } from 'react-i18next';
import { formatRange } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import type { Period, PeriodComparison } from '../../domain/periodCompare';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { ChartFigure, type ChartData, type LegendItem } from '../../ui/ChartFigure';
import { DivergingBars, type DivergingRow } from '../../ui/charts/DivergingBars';
import { formatNumber, withNumbers } from '../../ui/charts/captions';
import { DIFFERENCE_COLOURS } from '../../ui/palette';
import { FACET_OF, chartRows, signed, type Breakdown } from './compareState';

interface Props {
  comparison: PeriodComparison;
  by: Breakdown;
  a: Period;
  b: Period;
  /** The page's URL search with both periods written out: what the exports and the briefing item link back to. */
  search: string;
}

/**
 * The difference A − B in activities dated within each period, per value of the breakdown (largest first), with
 * the caption saying how many activities of each period were left out because they only may fall in it.
 */
export function CompareChart({ comparison: c, by, a, b, search }: Props) {
  const { t: rawT } = useTranslation('compare');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const n = (x: number) => formatNumber(x, locale);
  const aText = formatRange(a.from, a.to, locale);
  const bText = formatRange(b.from, b.to, locale);
  const shown = chartRows(c.facets[FACET_OF[by]]);
  const rows: DivergingRow[] = shown.map((r) => ({
    key: r.key,
    label: valueLabel(by, r.key, lang, vocab),
    value: r.diff,
  }));
  const title = t('chart.title', { by: t(`chart.byLower.${by}`), a: aText, b: bText });
  const lead = rows[0];
  const caption = lead ? t('chart.lead', { label: lead.label, diff: signed(lead.value, n) }) : t('chart.none');
  const all = c.facets[FACET_OF[by]];
  const note =
    t('chart.note', { possibleA: c.a.possible, possibleB: c.b.possible }) +
    (rows.length > 0 && rows.length < all.length ? ` ${t('chart.shown', { count: rows.length })}` : '');
  const legendText = { up: t('chart.up', { period: aText }), down: t('chart.down', { period: bText }) };
  const legend: LegendItem[] = [
    { label: legendText.up, color: DIFFERENCE_COLOURS.up },
    { label: legendText.down, color: DIFFERENCE_COLOURS.down },
  ];
  const data: ChartData = {
    columns: [
      { key: 'value', label: t(`by.${by}`) },
      { key: 'aCertain', label: t('table.aCertain') },
      { key: 'aPossible', label: t('table.aPossible') },
      { key: 'bCertain', label: t('table.bCertain') },
      { key: 'bPossible', label: t('table.bPossible') },
      { key: 'diff', label: t('table.diff') },
    ],
    rows: shown.map((r, i) => ({
      value: rows[i]?.label ?? r.key,
      aCertain: r.a.certain,
      aPossible: r.a.possible,
      bCertain: r.b.certain,
      bPossible: r.b.possible,
      diff: r.diff,
    })),
  };
  return (
    <ChartFigure
      chartId={`compare-${by}`}
      title={title}
      caption={caption}
      note={note}
      data={data}
      legend={legend}
      exportSearch={search}
      comparedWith={b}
    >
      {rows.length > 0 && (
        <DivergingBars
          rows={rows}
          label={title}
          format={(x) => signed(x, n)}
          describe={(r) => t('chart.bar', { label: r.label, diff: signed(r.value, n) })}
          legend={legendText}
        />
      )}
    </ChartFigure>
  );
}
