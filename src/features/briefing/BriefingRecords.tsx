import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { countryName } from '../../domain/countries';
import { formatActivityDate } from '../../domain/dates';
import type { Source } from '../../domain/source';
import type { BriefingItem } from '../../db/briefing';
import { useLang } from '../../lib/useLang';
import { formatNumber } from '../../ui/charts/captions';
import { itemFilterText, itemRecords } from './briefingState';
import { useVocabulary } from '../../lib/useVocabulary';

/** The records table of a briefing: the activities that pass the filters the table was added under. */
export function BriefingRecords({
  item,
  activities,
  sources,
}: {
  item: BriefingItem;
  activities: Activity[];
  sources: Source[];
}) {
  const { t } = useTranslation('briefing');
  const { lang, locale, pick } = useLang();
  const vocab = useVocabulary();
  const rows = itemRecords(item, activities, vocab);
  const filters = itemFilterText(item, lang, vocab);
  const citation = new Map(sources.map((s) => [s.id, s.citation]));
  return (
    <section className="briefing-records">
      <h2>{t('item.recordsHeading', { filters })}</h2>
      <p className="muted">{t('item.recordsCount', { count: rows.length, n: formatNumber(rows.length, locale) })}</p>
      {rows.length === 0 ? (
        <p>{t('item.noRecords')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col.date')}</th>
              <th scope="col">{t('col.title')}</th>
              <th scope="col">{t('col.type')}</th>
              <th scope="col">{t('col.countries')}</th>
              <th scope="col">{t('col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>{formatActivityDate(a, locale)}</td>
                <td>
                  <Link to={`/records/${a.id}`}>{pick(a.title)}</Link>
                </td>
                <td>{vocab.typesById.get(a.type)?.label[lang] ?? a.type}</td>
                <td>{a.countries.map((c) => countryName(c, lang)).join(', ')}</td>
                <td>{t('paragraph', { citation: citation.get(a.source.id) ?? a.source.id, n: a.source.paragraph })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
