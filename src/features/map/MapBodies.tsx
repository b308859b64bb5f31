import type { MouseEvent } from 'react';
import { MAP_COLOURS as C } from '../../ui/palette';
import type { BodyItem, BodyList } from './bodyList';
import { activate, type MapTarget } from './mapTarget';

interface Props {
  list: BodyList;
  k: number;
  bodyName: (item: BodyItem) => string;
  onToggle: (id: string) => void;
  onEnter: (target: MapTarget, event?: MouseEvent) => void;
  onLeave: () => void;
}

/** The international bodies under the map (see bodyList): each a button that filters by the body. */
export function MapBodies({ list, k, bodyName, onToggle, onEnter, onLeave }: Props) {
  if (list.items.length === 0) return null;
  return (
    <g role="group" aria-label={list.title.text} className="map-bodies" fontSize={list.fontSize} fill={C.ink}>
      <text x={list.title.x} y={list.title.y} fontWeight={600} aria-hidden="true">
        {list.title.text}
      </text>
      {list.items.map((it) => {
        const target: MapTarget = { kind: 'point', row: it };
        const id = it.names[0] ?? '';
        return (
          <g
            key={it.key}
            className="map-org"
            role="button"
            tabIndex={0}
            aria-label={bodyName(it)}
            aria-pressed={it.selected}
            onClick={() => onToggle(id)}
            onKeyDown={activate(() => onToggle(id))}
            onMouseMove={(e) => onEnter(target, e)}
            onMouseLeave={onLeave}
            onFocus={() => onEnter(target)}
            onBlur={onLeave}
          >
            {/* Transparent, not "none": the whole item takes the pointer, not only the glyphs. */}
            <rect
              className="map-body-hit"
              x={it.hit.x0}
              y={it.hit.y0}
              width={it.hit.x1 - it.hit.x0}
              height={it.hit.y1 - it.hit.y0}
              fill={C.background}
              fillOpacity={0}
            />
            <path
              d={`M${it.x},${it.y - it.r}L${it.x + it.r},${it.y}L${it.x},${it.y + it.r}L${it.x - it.r},${it.y}Z`}
              fill={C.body}
              stroke={it.selected ? C.focus : C.halo}
              strokeWidth={(it.selected ? 2 : 1) * k}
            />
            <text x={it.textX} y={it.textY} fontWeight={it.selected ? 700 : 400}>
              {it.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
