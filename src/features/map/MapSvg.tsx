import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { HOME_COLOUR, MAP_COLOURS as C } from '../../ui/palette';
import type { PlacedLabel } from './labelLayout';
import type { CountryRow, MapModel, PointRow } from './mapModel';

/** What the pointer or the keyboard is on: drives the tooltip and the highlight outline. */
export type MapTarget = { kind: 'country'; row: CountryRow } | { kind: 'point'; row: PointRow };

export interface MapHandlers {
  onToggleCountry: (code: string) => void;
  onToggleOrg: (id: string) => void;
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
  /** Key of the hovered or focused target, outlined on top of everything. */
  activeKey: string | null;
  countryName: (row: CountryRow) => string;
  orgName: (row: PointRow) => string;
  children?: React.ReactNode;
  borderWidth: number;
  /** Radius of the marker drawn over a country too small to see. */
  smallMarker: number;
  labelFont: number;
}

const activate = (fn: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    fn();
  }
};

/** Presentation attributes rather than CSS, so a serialised copy of the SVG looks the same outside the page. */
export function MapSvg(p: Props) {
  const { model, width, height, patternId } = p;
  const focus = (target: MapTarget) => (_e: FocusEvent) => p.onEnter(target);
  const active = [...model.active, ...model.points].find((r) => r.key === p.activeKey);
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
      {p.outline && <path d={p.outline} fill="none" stroke={C.outline} strokeWidth={0.8} aria-hidden="true" />}
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
      <g aria-hidden="true" pointerEvents="none">
        {model.points.map(
          (pt) =>
            pt.from && (
              <g key={pt.key} className="map-leader">
                <line x1={pt.from[0]} y1={pt.from[1]} x2={pt.x} y2={pt.y} stroke={C.muted} strokeWidth={0.8} />
                <circle cx={pt.from[0]} cy={pt.from[1]} r={1.6} fill={C.ink} />
              </g>
            ),
        )}
      </g>
      <g>
        {model.points.map((pt) =>
          pt.kind === 'place' ? (
            <circle
              key={pt.key}
              className="map-place"
              cx={pt.x}
              cy={pt.y}
              r={pt.r}
              fill={C.place}
              fillOpacity={0.9}
              stroke={C.ink}
              strokeWidth={0.8}
              aria-hidden="true"
              onMouseMove={(e) => p.onEnter({ kind: 'point', row: pt }, e)}
              onMouseLeave={p.onLeave}
            />
          ) : (
            <rect
              key={pt.key}
              x={pt.x - pt.r}
              y={pt.y - pt.r}
              width={pt.r * 2}
              height={pt.r * 2}
              transform={`rotate(45 ${pt.x} ${pt.y})`}
              fill={C.body}
              stroke={pt.selected ? C.focus : C.halo}
              strokeWidth={pt.selected ? 2 : 1}
              className="map-org"
              role="button"
              tabIndex={0}
              aria-label={p.orgName(pt)}
              aria-pressed={pt.selected}
              onClick={() => p.onToggleOrg(pt.names[0] ?? '')}
              onKeyDown={activate(() => p.onToggleOrg(pt.names[0] ?? ''))}
              onMouseMove={(e) => p.onEnter({ kind: 'point', row: pt }, e)}
              onMouseLeave={p.onLeave}
              onFocus={focus({ kind: 'point', row: pt })}
              onBlur={p.onLeave}
            />
          ),
        )}
      </g>
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
          r={active.r + 4}
          fill="none"
          stroke={C.focus}
          strokeWidth={2.5}
          pointerEvents="none"
          aria-hidden="true"
        />
      )}
      {p.children}
    </svg>
  );
}
