import { useTranslation } from 'react-i18next';
import { topCells, type Matrix } from '../../domain/aggregate';
import { valueLabel } from '../../domain/labels';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { listOf, withNumbers } from '../../ui/charts/captions';
import { HeatGrid, type GridAxis } from '../../ui/charts/HeatGrid';
import { cellPatch } from './themesState';
import { useVocabulary } from '../../lib/useVocabulary';

/** Country × theme counts; a cell click filters to exactly that country and theme. */
export function MatrixFigure({ matrix }: { matrix: Matrix }) {
  const { t: rawT } = useTranslation('themes');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { filters, setFilters } = useFilters();
  const rows: GridAxis[] = matrix.countries.map((c) => ({
    key: c.key,
    label: valueLabel('country', c.key, lang, vocab),
    selected: filters.country.includes(c.key),
  }));
  const cols: GridAxis[] = matrix.themes.map((th) => ({
    key: th.key,
    label: valueLabel('theme', th.key, lang, vocab),
    selected: filters.theme.includes(th.key),
  }));
  const value = (r: string, c: string) => matrix.counts.get(r)?.get(c) ?? 0;
  const top = topCells(matrix);
  const shown = top.slice(0, 3).map((c) =>
    t('matrix.pair', {
      country: valueLabel('country', c.country, lang, vocab),
      theme: valueLabel('theme', c.theme, lang, vocab),
    }),
  );
  if (top.length > 3) shown.push(t('matrix.more', { count: top.length - 3 }));
  const caption =
    top.length === 0
      ? t('matrix.empty')
      : t(top.length > 1 ? 'matrix.captionTie' : 'matrix.caption', { pairs: listOf(shown, locale), count: matrix.max });
  const notes = [
    matrix.withoutCountry > 0 ? t('matrix.withoutCountry', { count: matrix.withoutCountry }) : '',
    matrix.hiddenCountries > 0 ? t('matrix.hidden', { shown: rows.length, hidden: matrix.hiddenCountries }) : '',
  ].filter(Boolean);
  const title = t('matrix.title');
  return (
    <ChartFigure
      chartId="themes-country-matrix"
      title={title}
      caption={caption}
      note={notes.join(' ') || undefined}
      data={{
        columns: [{ key: 'country', label: t('col.country') }, ...cols.map((c) => ({ key: c.key, label: c.label }))],
        rows: rows.map((r) => ({
          country: r.label,
          ...Object.fromEntries(cols.map((c) => [c.key, value(r.key, c.key)])),
        })),
      }}
    >
      {rows.length > 0 && cols.length > 0 ? (
        <HeatGrid
          rows={rows}
          cols={cols}
          value={value}
          max={matrix.max}
          label={title}
          cellName={(r, c, n) => t('matrix.cell', { country: r.label, theme: c.label, count: n })}
          onSelect={(country, theme) => setFilters(cellPatch(filters, country, theme))}
        />
      ) : null}
    </ChartFigure>
  );
}
