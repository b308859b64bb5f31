import type { MouseEvent } from 'react';
import { MAP_COLOURS as C } from '../../ui/palette';
import type { PlaceMarker } from './mapModel';
import { activate, type MapTarget } from './mapTarget';

interface Props {
  markers: readonly PlaceMarker[];
  /** Symbol scale (mapModel's symbolScale): strokes and the count grow with the symbols. */
  k: number;
  clusterName: (marker: PlaceMarker) => string;
  /** The cluster whose list is open. */
  openKey: string | null;
  onOpenCluster: (marker: PlaceMarker, element: SVGGElement) => void;
  onEnter: (target: MapTarget, event?: MouseEvent) => void;
  onLeave: () => void;
}

/**
 * The place markers: a place alone is a dot (its name in the tooltip and the places table); places that would
 * overlap are one cluster, a button that opens the list of its places. Everything a cluster draws stays inside its
 * radius, the size placeClusters keeps apart from the other markers.
 */
export function MapPlaces({ markers, k, clusterName, openKey, onOpenCluster, onEnter, onLeave }: Props) {
  return (
    <g>
      {markers.map((m) => {
        const [only] = m.members;
        if (m.members.length === 1 && only)
          return (
            <circle
              key={m.key}
              className="map-place"
              cx={m.x}
              cy={m.y}
              r={m.r}
              fill={C.place}
              fillOpacity={0.9}
              stroke={C.ink}
              strokeWidth={0.8 * k}
              aria-hidden="true"
              onMouseMove={(e) => onEnter({ kind: 'point', row: only }, e)}
              onMouseLeave={onLeave}
            />
          );
        const target: MapTarget = { kind: 'cluster', row: m };
        return (
          <g
            key={m.key}
            className="map-cluster"
            role="button"
            tabIndex={0}
            aria-label={clusterName(m)}
            aria-haspopup="dialog"
            aria-expanded={openKey === m.key}
            onClick={(e) => onOpenCluster(m, e.currentTarget)}
            onKeyDown={(e) => activate(() => onOpenCluster(m, e.currentTarget))(e)}
            onMouseMove={(e) => onEnter(target, e)}
            onMouseLeave={onLeave}
            onFocus={() => onEnter(target)}
            onBlur={onLeave}
          >
            {/* The whole radius takes the pointer: the size placeClusters keeps clear of other markers. */}
            <circle cx={m.x} cy={m.y} r={m.r} fill={C.background} fillOpacity={0} />
            <circle cx={m.x} cy={m.y} r={m.r - 0.6 * k} fill={C.place} stroke={C.ink} strokeWidth={1.2 * k} />
            <circle cx={m.x} cy={m.y} r={m.r - 2.6 * k} fill="none" stroke={C.halo} strokeWidth={0.9 * k} />
            <text
              x={m.x}
              y={m.y}
              dy="0.35em"
              textAnchor="middle"
              fontSize={Math.min(m.r, 10 * k)}
              fontWeight={700}
              fill={C.ink}
              pointerEvents="none"
            >
              {m.members.length}
            </text>
          </g>
        );
      })}
    </g>
  );
}
