import { useTranslation } from 'react-i18next';
import { formatRange } from '../../domain/dates';
import { valueLabel } from '../../domain/labels';
import type { CompareFacet, CompareRow, Period } from '../../domain/periodCompare';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { formatNumber } from '../../ui/charts/captions';
import { FACET_OF, signed, type Breakdown } from './compareState';
import { ScrollRegion } from '../../ui/ScrollRegion';

interface Props {
  rows: Record<CompareFacet, CompareRow[]>;
  by: Breakdown;
  a: Period;
  b: Period;
}

/** Every value of the breakdown seen in either period, with both periods' counts, certain and possible apart. */
export function CompareTable({ rows: all, by, a, b }: Props) {
  const { t } = useTranslation('compare');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const rows = all[FACET_OF[by]];
  const n = (x: number) => formatNumber(x, locale);
  const byWord = t(`chart.byLower.${by}`);
  return (
    // Not a landmark of its own: its scrolling table is the region named by this title, and two regions of one
    // name would not be told apart.
    <section className="compare-table">
      <h2>{t('table.title', { by: byWord })}</h2>
      {rows.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <ScrollRegion className="table-wrap" label={t('table.title', { by: byWord })}>
          <table>
            <caption className="visually-hidden">
              {t('table.caption', {
                by: byWord,
                a: formatRange(a.from, a.to, locale),
                b: formatRange(b.from, b.to, locale),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`by.${by}`)}</th>
                <th scope="col">{t('table.aCertain')}</th>
                <th scope="col">{t('table.aPossible')}</th>
                <th scope="col">{t('table.bCertain')}</th>
                <th scope="col">{t('table.bPossible')}</th>
                <th scope="col">{t('table.diff')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{valueLabel(by, r.key, lang, vocab)}</th>
                  <td>{n(r.a.certain)}</td>
                  <td>{n(r.a.possible)}</td>
                  <td>{n(r.b.certain)}</td>
                  <td>{n(r.b.possible)}</td>
                  <td>{signed(r.diff, n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
