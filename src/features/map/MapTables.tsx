import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { countryName } from '../../domain/countries';
import type { CountryCount, MapPoint } from '../../domain/mapData';
import { useLang } from '../../lib/useLang';
import { formatNumber, withNumbers } from '../../ui/charts/captions';
import { orgLabel, placeLabel } from './mapTexts';
import { useVocabulary } from '../../lib/useVocabulary';

/** The accessible alternative to the map: the same counts as plain tables, always visible. */
export function CountryTable({
  counts,
  selected,
  onToggle,
}: {
  counts: readonly CountryCount[];
  selected: readonly string[];
  onToggle: (code: string) => void;
}) {
  const { t } = useTranslation('map');
  const { lang, locale } = useLang();
  return (
    <ScrollRegion className="table-wrap" label={t('tables.countries')}>
      <table>
        <caption className="map-table-caption">{t('tables.countries')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tables.country')}</th>
            <th scope="col">{t('columns.code')}</th>
            <th scope="col" className="num">
              {t('columns.activities')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.length === 0 && (
            <tr>
              <td colSpan={3}>{t('tables.noCountries')}</td>
            </tr>
          )}
          {counts.map((c) => (
            <tr key={c.code}>
              <th scope="row">
                {/* The table is the way to a country too small to click on the map (El Salvador at world scale). */}
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected.includes(c.code)}
                  onClick={() => onToggle(c.code)}
                >
                  {countryName(c.code, lang)}
                </button>
                {selected.includes(c.code) && <span className="tag">{t('tables.inFilter')}</span>}
              </th>
              <td>{c.code}</td>
              <td className="num">{formatNumber(c.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function PointsTable({ points }: { points: readonly MapPoint[] }) {
  const { t: rawT } = useTranslation('map');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  // placeLabel's "and 12 more places" prints its count.
  const t = withNumbers(rawT, locale);
  return (
    <ScrollRegion className="table-wrap" label={t('tables.points')}>
      <table>
        <caption className="map-table-caption">{t('tables.points')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.name')}</th>
            <th scope="col">{t('columns.kind')}</th>
            <th scope="col">{t('tables.where')}</th>
            <th scope="col" className="num">
              {t('columns.activities')}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.length === 0 && (
            <tr>
              <td colSpan={4}>{t('tables.noPoints')}</td>
            </tr>
          )}
          {points.map((p) => {
            const org = p.kind === 'organization' ? orgLabel(p.names[0] ?? '', lang, vocab) : null;
            const where = org ? org.place : p.country ? countryName(p.country, lang) : '';
            return (
              <tr key={p.key}>
                <th scope="row">{org ? <abbr title={org.name}>{org.acronym}</abbr> : placeLabel(t, p, lang)}</th>
                <td>{t(`kind.${p.kind}`)}</td>
                <td>{where}</td>
                <td className="num">{formatNumber(p.count, locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
