import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, HOME_COUNTRY } from '../../domain/countries';
import { placeNames } from '../../domain/placeNames';
import { toggleValue } from '../../domain/filters';
import type { ColourClass, CountryCount, Extent, MapPoint } from '../../domain/mapData';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { ChartFigure, type ChartData } from '../../ui/ChartFigure';
import { withNumbers } from '../../ui/charts/captions';
import type { Resolution } from './atlas';
import { flowLegend, legendHeight, legendItems, LEGEND_FONT, MapLegend } from './MapLegend';
import { mapGeometry, type MapView } from './mapGeometry';
import { LABEL_FONT, mapLabels } from './mapLabels';
import { mapModel, SMALL_MARKER_PX, symbolScale, type MapModel } from './mapModel';
import { MapSvg } from './MapSvg';
import { clusterLabel, orgLabel } from './mapTexts';
import { layoutBodies } from './bodyList';
import { ClusterList } from './ClusterList';
import { useClusterList } from './useClusterList';
import { MapTooltip } from './MapTooltip';
import { textWidth } from '../../lib/textLayout';
import { useAtlas } from './useAtlas';
import { useMapTooltip } from './useMapTooltip';
import { useStageScale } from './useStageScale';
import { useVocabulary } from '../../lib/useVocabulary';
import { MAP_COLOURS } from '../../ui/palette';

export interface MapFigureProps {
  view: MapView;
  resolution: Resolution;
  chartId: string;
  title: string;
  svgLabel: string;
  counts: readonly CountryCount[];
  places: readonly MapPoint[];
  orgs: readonly MapPoint[];
  classes: readonly ColourClass[];
  extent?: Extent;
  /** Caption, note and data rows, from what this view actually draws. */
  describe: (model: MapModel) => { caption: string; note?: string; data: ChartData };
}

/** One map view inside its ChartFigure: loads its atlas, lays it out and wires clicks to the URL filters. */
export function MapFigure(props: MapFigureProps) {
  const { t: rawT } = useTranslation('map');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = useMemo(() => withNumbers(rawT, locale), [rawT, locale]);
  const { filters, setFilters } = useFilters();
  const atlas = useAtlas(props.resolution);
  const patternId = `home-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const geometry = useMemo(() => (atlas.data ? mapGeometry(atlas.data, props.view) : null), [atlas.data, props.view]);
  const { stageRef, tip, enter, leave, onKeyDown } = useMapTooltip(geometry?.width ?? 0);
  const scale = useStageScale(stageRef, geometry?.width ?? 0);
  // Text grows less than symbols: a phone's world map has no room for 30 px labels.
  const legendK = symbolScale(scale);
  const labelFont = LABEL_FONT * Math.min(scale, 2);

  const model = useMemo(
    () =>
      geometry &&
      mapModel({
        geometry,
        counts: props.counts,
        places: props.places,
        orgs: props.orgs,
        classes: props.classes,
        selectedCountries: filters.country,
        selectedOrgs: filters.org,
        extent: props.extent,
        scale,
      }),
    [
      geometry,
      props.counts,
      props.places,
      props.orgs,
      props.classes,
      filters.country,
      filters.org,
      props.extent,
      scale,
    ],
  );
  const homeName = countryName(HOME_COUNTRY, lang);
  const labels = useMemo(
    () =>
      model && geometry
        ? mapLabels(model, props.view, geometry, labelFont, {
            home: t('homeLabel', { name: homeName }),
            place: (names) => placeNames(names, lang)[0] ?? '',
          })
        : [],
    [model, geometry, props.view, labelFont, t, homeName, lang],
  );
  const bodies = useMemo(
    () =>
      model && geometry
        ? layoutBodies(
            model.bodies,
            {
              title: t('bodies.title'),
              label: (b) => {
                const o = orgLabel(b.names[0] ?? '', lang, vocab);
                return o.place ? `${o.acronym} · ${o.place}` : o.acronym;
              },
              short: (b) => orgLabel(b.names[0] ?? '', lang, vocab).acronym,
            },
            { top: geometry.height + 6, width: geometry.width, k: legendK },
          )
        : null,
    [model, geometry, t, lang, vocab, legendK],
  );
  const clusters = useClusterList(stageRef, model?.markers ?? []);

  if (atlas.error) return <p role="alert">{t('mapError', { message: atlas.error.message })}</p>;
  if (!geometry || !model || !bodies)
    return (
      <p role="status" aria-live="polite">
        {t('loadingMap')}
      </p>
    );

  const legendTitle = t('legend.title');
  const items = legendItems(
    props.classes,
    {
      title: legendTitle,
      none: t('legend.none'),
      home: t('legend.home', { name: homeName }),
      place: t('legend.place'),
      cluster: t('legend.cluster'),
    },
    model.places,
    model.markers.some((m) => m.members.length > 1),
    locale,
  );
  const legend = flowLegend(items, (geometry.width - 16) / legendK, textWidth(legendTitle, LEGEND_FONT) * 1.08 + 14);
  const legendTop = geometry.height + 10 + (bodies.height > 0 ? bodies.height + 6 : 0);
  const height = legendTop + legendHeight(legend.rows) * legendK - 4;
  const { caption, note, data } = props.describe(model);

  return (
    <ChartFigure chartId={props.chartId} title={props.title} caption={caption} note={note} data={data}>
      {/* Escape only hides the tooltip; the interactive elements are the SVG's buttons. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="map-stage" ref={stageRef} onKeyDown={onKeyDown}>
        <MapSvg
          model={model}
          outline={geometry.outline}
          width={geometry.width}
          height={height}
          label={props.svgLabel}
          labels={labels}
          patternId={patternId}
          activeKey={clusters.picked ?? tip?.target.row.key ?? null}
          bodies={bodies}
          openCluster={clusters.open?.marker.key ?? null}
          k={legendK}
          borderWidth={props.resolution === '50m' ? 0.5 : 0.6}
          smallMarker={SMALL_MARKER_PX * Math.min(scale, 3)}
          labelFont={labelFont}
          countryName={(c) => t('aria.country', { name: countryName(c.code ?? '', lang), count: c.count })}
          bodyName={(p) => t('aria.org', { ...orgLabel(p.names[0] ?? '', lang, vocab), count: p.count })}
          clusterName={(m) => clusterLabel(t, m.members, lang)}
          onOpenCluster={(m, button) => {
            leave();
            clusters.show(m, button);
          }}
          onToggleCountry={(code) => setFilters({ country: toggleValue(filters.country, code) })}
          onToggleOrg={(id) => setFilters({ org: toggleValue(filters.org, id) })}
          onEnter={enter}
          onLeave={leave}
        >
          <line
            x1={8}
            x2={geometry.width - 8}
            y1={geometry.height + 2}
            y2={geometry.height + 2}
            stroke={MAP_COLOURS.rule}
          />
          <MapLegend placed={legend.placed} title={legendTitle} y={legendTop} k={legendK} homePattern={patternId} />
        </MapSvg>
        <MapTooltip tip={clusters.open ? null : tip} />
        {clusters.open && (
          <ClusterList
            open={clusters.open}
            picked={clusters.picked}
            onPick={clusters.setPicked}
            onClose={clusters.close}
          />
        )}
      </div>
    </ChartFigure>
  );
}
