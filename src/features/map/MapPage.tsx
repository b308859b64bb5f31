import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import {
  colourClasses,
  countryCounts,
  inExtent,
  mapSummary,
  organizationPoints,
  placePoints,
  SOUTH_AMERICA,
} from '../../domain/mapData';
import type { MergedVocabulary } from '../../domain/vocabulary';
import { toggleValue } from '../../domain/filters';
import { useFilters } from '../../lib/useFilters';
import { useVocabulary } from '../../lib/useVocabulary';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { useLang } from '../../lib/useLang';
import { EmptyState } from '../../ui/EmptyState';
import { SEQUENTIAL } from '../../ui/palette';
import { QueryState } from '../../ui/QueryState';
import { withNumbers } from '../../ui/charts/captions';
import { MapFigure } from './MapFigure';
import { CountryTable, PointsTable } from './MapTables';
import { mapData, regionCaption, worldCaption, worldNote } from './mapTexts';
import './map.css';

/** The lightest blue of the ramp is left out: next to the grey of land without activity it reads as "none". */
const RAMP = SEQUENTIAL.slice(1);

function derive(activities: readonly Activity[], vocab: MergedVocabulary) {
  const counts = countryCounts(activities);
  const places = placePoints(activities);
  const orgs = organizationPoints(activities, vocab.orgsById);
  return {
    counts,
    places,
    orgs,
    classes: colourClasses(counts[0]?.count ?? 0, RAMP),
    summary: mapSummary(activities, counts),
  };
}

export default function MapPage() {
  const { t: rawT } = useTranslation('map');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { data, isPending, error, filters } = useFilteredActivities();
  const { setFilters } = useFilters();
  const d = useMemo(() => (data ? derive(data, vocab) : null), [data, vocab]);
  const points = useMemo(() => (d ? [...d.places, ...d.orgs] : []), [d]);
  return (
    <section className="page map-page">
      <h1>{t('MapPage.title')}</h1>
      <p className="lead">{t('MapPage.lead')}</p>
      <QueryState isPending={isPending} error={error}>
        {!d || data?.length === 0 ? (
          <EmptyState />
        ) : (
          <>
            <MapFigure
              view="world"
              resolution="110m"
              chartId="map-world"
              title={t('world.title')}
              svgLabel={t('world.svgLabel')}
              {...d}
              describe={(m) => ({
                caption: worldCaption(t, d.summary, lang, locale),
                note: worldNote(t, d.summary, m.notDrawn, lang, locale),
                data: mapData(t, d.counts, points, lang, vocab),
              })}
            />
            <div className="map-lower">
              <MapFigure
                view="south-america"
                resolution="50m"
                chartId="map-south-america"
                title={t('southAmerica.title')}
                svgLabel={t('southAmerica.svgLabel')}
                {...d}
                extent={SOUTH_AMERICA}
                describe={(m) => ({
                  caption: regionCaption(t, m.shown, m.places.length, lang, locale),
                  data: mapData(
                    t,
                    m.shown,
                    points.filter((p) => inExtent(p, SOUTH_AMERICA)),
                    lang,
                    vocab,
                  ),
                })}
              />
              <div className="map-tables">
                <CountryTable
                  counts={d.counts}
                  selected={filters.country}
                  onToggle={(code) => setFilters({ country: toggleValue(filters.country, code) })}
                />
                <PointsTable points={points} />
              </div>
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}
