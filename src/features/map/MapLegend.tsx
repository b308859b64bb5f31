import type { ColourClass } from '../../domain/mapData';
import { textWidth } from '../../lib/textLayout';
import { placeRadius, type PointRow } from './mapModel';
import { HOME_COLOUR, MAP_COLOURS as C } from '../../ui/palette';
import { formatNumber } from '../../ui/charts/captions';

/**
 * The legend is drawn inside the SVG (not as HTML) so an exported image carries it. Items flow left to right and
 * wrap to the width of the map; the symbols start a new row so colours and symbols read as two groups.
 */
export const LEGEND_FONT = 12;
const ROW = 20;
const SWATCH = 14;
const GAP = 16;

export interface LegendTexts {
  title: string;
  none: string;
  home: string;
  place: string;
  cluster: string;
}

type Item = {
  key: string;
  label: string;
  symbol: 'class' | 'none' | 'home' | 'place' | 'cluster' | 'size';
  colour?: string;
  /** For a size example: the radius of a place dot of that many activities. */
  r?: number;
  newRow?: boolean;
};

export function legendItems(
  classes: readonly ColourClass[],
  texts: LegendTexts,
  places: readonly PointRow[],
  hasClusters: boolean,
  locale: string,
): Item[] {
  const n = (x: number) => formatNumber(x, locale);
  const items: Item[] = classes.map((c) => ({
    key: `class-${c.from}`,
    label: c.from === c.to ? n(c.from) : `${n(c.from)}–${n(c.to)}`,
    symbol: 'class',
    colour: c.colour,
  }));
  items.push({ key: 'none', label: texts.none, symbol: 'none' }, { key: 'home', label: texts.home, symbol: 'home' });
  const symbols: Item[] = [];
  if (places.length > 0) symbols.push({ key: 'place', label: texts.place, symbol: 'place' });
  // Two example dots, the smallest and the largest count drawn, so "size" has a scale to read it by.
  const max = places.reduce((m, p) => Math.max(m, p.count), 0);
  if (max > 1)
    for (const c of [1, max]) symbols.push({ key: `size-${c}`, label: n(c), symbol: 'size', r: placeRadius(c, max) });
  if (hasClusters) symbols.push({ key: 'cluster', label: texts.cluster, symbol: 'cluster' });
  if (symbols[0]) symbols[0].newRow = true;
  return [...items, ...symbols];
}

/** Positions of the legend's items, wrapping at `width`; the title takes the start of the first row. */
export function flowLegend(items: readonly Item[], width: number, titleWidth: number) {
  let x = titleWidth;
  let row = 0;
  const placed = items.map((it) => {
    const w = SWATCH + 5 + textWidth(it.label, LEGEND_FONT);
    if ((it.newRow || x + w > width) && x > 0) {
      row++;
      x = 0;
    }
    const at = { ...it, x, row };
    x += w + GAP;
    return at;
  });
  return { placed, rows: row + 1 };
}

export function legendHeight(rows: number): number {
  return rows * ROW + 10;
}

export function MapLegend({
  placed,
  title,
  y,
  x = 8,
  k = 1,
  homePattern,
}: {
  placed: ReturnType<typeof flowLegend>['placed'];
  title: string;
  x?: number;
  y: number;
  /** Enlargement, so the legend keeps a readable size when the map is drawn small (a phone). */
  k?: number;
  homePattern: string;
}) {
  const mid = SWATCH / 2;
  return (
    <g transform={`translate(${x} ${y}) scale(${k})`} fontSize={LEGEND_FONT} fill={C.ink} className="map-legend">
      <text x={0} y={mid + 4} fontWeight={600}>
        {title}
      </text>
      {placed.map((it) => (
        <g key={it.key} transform={`translate(${it.x} ${it.row * ROW})`}>
          {it.symbol === 'class' && (
            <rect width={SWATCH} height={SWATCH} fill={it.colour} stroke={C.swatchEdge} strokeWidth={0.5} />
          )}
          {it.symbol === 'none' && (
            <rect width={SWATCH} height={SWATCH} fill={C.land} stroke={C.swatchEdge} strokeWidth={0.5} />
          )}
          {it.symbol === 'home' && (
            <>
              <rect width={SWATCH} height={SWATCH} fill={C.homeTint} />
              <rect
                width={SWATCH}
                height={SWATCH}
                fill={`url(#${homePattern})`}
                stroke={HOME_COLOUR}
                strokeWidth={1.2}
              />
            </>
          )}
          {it.symbol === 'place' && <circle cx={mid} cy={mid} r={5} fill={C.place} stroke={C.ink} strokeWidth={0.8} />}
          {it.symbol === 'size' && (
            <circle cx={mid} cy={mid} r={it.r} fill={C.place} fillOpacity={0.9} stroke={C.ink} strokeWidth={0.8} />
          )}
          {it.symbol === 'cluster' && (
            <>
              <circle cx={mid} cy={mid} r={mid - 0.6} fill={C.place} stroke={C.ink} strokeWidth={1.2} />
              <circle cx={mid} cy={mid} r={mid - 2.6} fill="none" stroke={C.halo} strokeWidth={0.9} />
            </>
          )}
          <text x={SWATCH + 5} y={mid + 4}>
            {it.label}
          </text>
        </g>
      ))}
    </g>
  );
}
