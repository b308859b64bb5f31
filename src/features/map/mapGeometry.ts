import {
  geoArea,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoEqualEarth,
  geoGraticule,
  geoPath,
  type GeoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Geometry, MultiPoint, Polygon } from 'geojson';
import { boundsTouch, SOUTH_AMERICA, type Extent } from '../../domain/mapData';
import type { AtlasCountry } from './atlas';

/**
 * Projects the atlas for one view into SVG path strings in a fixed coordinate space (the SVG scales with its
 * viewBox), so drawing and tooltips share one set of numbers and nothing depends on the on-screen size.
 */
export const MAP_VIEWS = ['world', 'south-america'] as const;
export type MapView = (typeof MAP_VIEWS)[number];

export interface Shape {
  key: string;
  code: string | null;
  d: string;
  /** Where a label or a keyboard tooltip points: the centre of the country's largest polygon. */
  anchor: [number, number];
  /** The same centre as longitude/latitude: decides whether a country belongs to a regional view. */
  centre: [number, number];
  /** The larger side of the shape's bounding box, in viewBox units: a country a few units wide needs a marker. */
  size: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: Shape[];
  /** The edge of what the projection draws (the world view's band of latitudes), or null for a clipped frame. */
  outline: string | null;
  /** Screen position of a longitude/latitude, or null when it falls outside the view. */
  project: (lon: number, lat: number) => [number, number] | null;
}

const PAD = 8;
export const WORLD_WIDTH = 960;
export const SA_SIZE = { width: 520, height: 600 } as const;

function largestPart(g: Geometry): Geometry {
  if (g.type !== 'MultiPolygon') return g;
  let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const poly: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(poly);
    if (area > bestArea) [best, bestArea] = [poly, area];
  }
  return best;
}

function toShapes(countries: readonly AtlasCountry[], path: GeoPath): Shape[] {
  const shapes: Shape[] = [];
  for (const c of countries) {
    const d = path(c.feature);
    if (!d) continue;
    const main = largestPart(c.feature.geometry);
    const [x, y] = path.centroid(main);
    const [[x0, y0], [x1, y1]] = path.bounds(c.feature);
    const size = Math.max(x1 - x0, y1 - y0);
    shapes.push({ key: c.key, code: c.code, d, anchor: [x, y], centre: geoCentroid(main), size });
  }
  return shapes;
}

/** The edges of an extent as points, so fitting a projection to it needs no polygon winding. */
function extentOutline([w, s, e, n]: Extent): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = w + ((e - w) * i) / 10;
    const lat = s + ((n - s) * i) / 10;
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

function projector(projection: GeoProjection, width: number, height: number) {
  return (lon: number, lat: number): [number, number] | null => {
    const p = projection([lon, lat]);
    if (!p || p[0] < 0 || p[0] > width || p[1] < 0 || p[1] > height) return null;
    return [p[0], p[1]];
  };
}

/**
 * The latitudes the world view draws, whole: from south of Cape Horn and the sub-Antarctic islands to north of
 * Greenland (Antarctica has no activity and would take a fifth of the height). The frame is fitted to this band,
 * not to the land, so a shape that reaches the Arctic is never cut by the frame's edge.
 */
export const WORLD_LATITUDES = [-60, 85] as const;

function worldGeometry(countries: readonly AtlasCountry[]): MapGeometry {
  const land = countries.filter((c) => c.code !== 'AQ');
  const [south, north] = WORLD_LATITUDES;
  const band = geoGraticule()
    .extent([
      [-180, south],
      [180, north],
    ])
    .outline();
  const projection = geoEqualEarth().fitWidth(WORLD_WIDTH - 2 * PAD, band);
  const [[, y0], [, y1]] = geoPath(projection).bounds(band);
  const height = Math.ceil(y1 - y0) + 2 * PAD;
  projection.fitExtent(
    [
      [PAD, PAD],
      [WORLD_WIDTH - PAD, height - PAD],
    ],
    band,
  );
  const path = geoPath(projection);
  return {
    width: WORLD_WIDTH,
    height,
    shapes: toShapes(land, path),
    outline: path(band),
    project: projector(projection, WORLD_WIDTH, height),
  };
}

/** South America on an equal-area projection centred on the continent, clipped to the frame. */
function southAmericaGeometry(countries: readonly AtlasCountry[]): MapGeometry {
  const { width, height } = SA_SIZE;
  const [w, s, e, n] = SOUTH_AMERICA;
  const projection = geoAzimuthalEqualArea()
    .rotate([-(w + e) / 2, -(s + n) / 2])
    .fitExtent(
      [
        [PAD, PAD],
        [width - PAD, height - PAD],
      ],
      extentOutline(SOUTH_AMERICA),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const near = countries.filter((c) => boundsTouch(geoBounds(c.feature), SOUTH_AMERICA));
  return {
    width,
    height,
    shapes: toShapes(near, geoPath(projection)),
    outline: null,
    project: projector(projection, width, height),
  };
}

export function mapGeometry(countries: readonly AtlasCountry[], view: MapView): MapGeometry {
  return view === 'world' ? worldGeometry(countries) : southAmericaGeometry(countries);
}
