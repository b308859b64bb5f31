import { useTranslation } from 'react-i18next';
import { toggleValue } from '../../domain/filters';
import { valueLabel } from '../../domain/labels';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure } from '../../ui/ChartFigure';
import { BarChart } from '../../ui/charts/BarChart';
import { formatNumber, leadSentence, withNumbers } from '../../ui/charts/captions';
import { CATEGORICAL } from '../../ui/palette';
import type { FacetModel } from './themesState';
import { useVocabulary } from '../../lib/useVocabulary';

const PARAM = { themes: 'theme', type: 'type' } as const;

/** Activities by theme or by type: horizontal bars; a click (or Enter/Space) on a bar toggles that filter. */
export function FacetFigure({ facet, model }: { facet: 'themes' | 'type'; model: FacetModel }) {
  const { t: rawT } = useTranslation('themes');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { filters, setFilters } = useFilters();
  const param = PARAM[facet];
  const label = (key: string) => valueLabel(param, key, lang, vocab);
  const rows = model.rows.map((r) => ({
    key: r.key,
    label: label(r.key),
    value: r.count,
    selected: filters[param].includes(r.key),
  }));
  const title = t(facet === 'themes' ? 'byTheme.title' : 'byType.title');
  const column = t(facet === 'themes' ? 'col.theme' : 'col.type');
  const note =
    model.sum > model.activities
      ? t('multi', { what: t('what.themes'), sum: model.sum, count: model.activities })
      : undefined;
  return (
    <ChartFigure
      chartId={facet === 'themes' ? 'themes-by-theme' : 'themes-by-type'}
      title={title}
      caption={leadSentence(t, model.lead, label, locale)}
      note={note}
      data={{
        columns: [
          { key: 'label', label: column },
          { key: 'value', label: t('col.activities') },
        ],
        rows: rows.map((r) => ({ label: r.label, value: r.value })),
      }}
    >
      <BarChart
        rows={rows}
        label={title}
        colour={facet === 'themes' ? CATEGORICAL[0] : CATEGORICAL[2]}
        format={(n) => formatNumber(n, locale)}
        describe={(r) => t('bar', { label: r.label, count: r.value })}
        onSelect={(key) => setFilters({ [param]: toggleValue(filters[param], key) })}
      />
    </ChartFigure>
  );
}
