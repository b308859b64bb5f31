import type { FocusEvent, MouseEvent } from 'react';
import { HOME_COLOUR, MAP_COLOURS as C } from '../../ui/palette';
import type { BodyItem, BodyList } from './bodyList';
import type { PlacedLabel } from './labelLayout';
import { MapBodies } from './MapBodies';
import type { CountryRow, MapModel, PlaceMarker } from './mapModel';
import { MapPlaces } from './MapPlaces';
import { activate, type MapTarget } from './mapTarget';

export interface MapHandlers {
  onToggleCountry: (code: string) => void;
  onToggleOrg: (id: string) => void;
  /** A cluster's button was pressed: open the list of its places next to `element`. */
  onOpenCluster: (marker: PlaceMarker, element: SVGGElement) => void;
  /** `event` is absent when the target got keyboard focus: the tooltip then sits at the target's anchor. */
  onEnter: (target: MapTarget, event?: MouseEvent) => void;
  onLeave: () => void;
}

interface Props extends MapHandlers {
  model: MapModel;
  /** The edge of the projected world (MapGeometry.outline), drawn under the land. */
  outline: string | null;
  width: number;
  height: number;
  label: string;
  labels: PlacedLabel[];
  patternId: string;
  /** Key of the hovered or focused target (or of a place picked in a cluster's list), outlined on top. */
  activeKey: string | null;
  /** The international bodies, laid out under the map. */
  bodies: BodyList;
  openCluster: string | null;
  /** Symbol scale (mapModel's symbolScale). */
  k: number;
  countryName: (row: CountryRow) => string;
  bodyName: (item: BodyItem) => string;
  clusterName: (marker: PlaceMarker) => string;
  children?: React.ReactNode;
  borderWidth: number;
  /** Radius of the marker drawn over a country too small to see. */
  smallMarker: number;
  labelFont: number;
}

/** Presentation attributes rather than CSS, so a serialised copy of the SVG looks the same outside the page. */
export function MapSvg(p: Props) {
  const { model, width, height, patternId } = p;
  const focus = (target: MapTarget) => (_e: FocusEvent) => p.onEnter(target);
  const active = [...model.active, ...model.markers, ...model.places, ...p.bodies.items].find(
    (r) => r.key === p.activeKey,
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={p.label}
      className="map-svg"
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
    >
      <defs>
        <pattern id={patternId} patternUnits="userSpaceOnUse" width={5} height={5} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={5} stroke={HOME_COLOUR} strokeWidth={1.6} />
        </pattern>
      </defs>
      <rect width={width} height={height} fill={C.background} />
      {p.outline && (
        <path
          className="map-outline"
          d={p.outline}
          fill="none"
          stroke={C.outline}
          strokeWidth={0.8}
          aria-hidden="true"
        />
      )}
      <g aria-hidden="true" stroke={C.border} strokeWidth={p.borderWidth}>
        {model.base.map((c) => (
          <path key={c.key} d={c.d} fill={c.code === 'PE' ? C.homeTint : C.land} />
        ))}
      </g>
      <g stroke={C.border} strokeWidth={p.borderWidth}>
        {model.active.map((c) => (
          <path
            key={c.key}
            d={c.d}
            fill={c.fill}
            className="map-country"
            role="button"
            tabIndex={0}
            aria-label={p.countryName(c)}
            aria-pressed={c.selected}
            onClick={() => c.code && p.onToggleCountry(c.code)}
            onKeyDown={activate(() => c.code && p.onToggleCountry(c.code))}
            onMouseMove={(e) => p.onEnter({ kind: 'country', row: c }, e)}
            onMouseLeave={p.onLeave}
            onFocus={focus({ kind: 'country', row: c })}
            onBlur={p.onLeave}
          />
        ))}
      </g>
      {model.home && (
        <path
          d={model.home.d}
          fill={`url(#${patternId})`}
          stroke={HOME_COLOUR}
          strokeWidth={1.4}
          pointerEvents="none"
          aria-hidden="true"
        />
      )}
      {/* Countries too small to see or hit get a marker; the keyboard reaches them through their shape's button. */}
      <g aria-hidden="true">
        {model.active
          .filter((c) => c.marker)
          .map((c) => (
            <circle
              key={c.key}
              className="map-small-country"
              data-country={c.code}
              cx={c.marker?.[0]}
              cy={c.marker?.[1]}
              r={p.smallMarker}
              fill={c.fill}
              stroke={c.selected ? C.ink : C.muted}
              strokeWidth={c.selected ? 2 : 1}
              onClick={() => c.code && p.onToggleCountry(c.code)}
              onMouseMove={(e) => p.onEnter({ kind: 'country', row: c }, e)}
              onMouseLeave={p.onLeave}
            />
          ))}
      </g>
      <g aria-hidden="true" fill="none" stroke={C.ink} strokeWidth={1.6} pointerEvents="none">
        {model.active
          .filter((c) => c.selected)
          .map((c) => (
            <path key={c.key} d={c.d} />
          ))}
      </g>
      <MapPlaces
        markers={model.markers}
        k={p.k}
        clusterName={p.clusterName}
        openKey={p.openCluster}
        onOpenCluster={p.onOpenCluster}
        onEnter={p.onEnter}
        onLeave={p.onLeave}
      />
      <g aria-hidden="true" fontSize={p.labelFont} pointerEvents="none">
        {p.labels.map((l) => (
          <g key={l.key}>
            {l.leader && <line {...l.leader} stroke={C.muted} strokeWidth={0.7} />}
            <text
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              fill={l.key === 'home' ? HOME_COLOUR : C.ink}
              fontWeight={l.key === 'home' ? 700 : 500}
              stroke={C.halo}
              strokeWidth={p.labelFont * 0.27}
              strokeLinejoin="round"
              paintOrder="stroke"
            >
              {l.text}
            </text>
          </g>
        ))}
      </g>
      {active && 'd' in active && (
        <path d={active.d} fill="none" stroke={C.focus} strokeWidth={2.5} pointerEvents="none" aria-hidden="true" />
      )}
      {active && !('d' in active) && (
        <circle
          cx={active.x}
          cy={active.y}
          r={active.r + 3 * p.k}
          fill="none"
          stroke={C.focus}
          strokeWidth={2.5 * p.k}
          pointerEvents="none"
          aria-hidden="true"
        />
      )}
      <MapBodies
        list={p.bodies}
        k={p.k}
        bodyName={p.bodyName}
        onToggle={p.onToggleOrg}
        onEnter={p.onEnter}
        onLeave={p.onLeave}
      />
      {p.children}
    </svg>
  );
}
