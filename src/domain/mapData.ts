import type { Activity } from './activity';
import { countBy, sortedCounts } from './facets';
import type { Organization } from './taxonomy';

/**
 * What the map draws, derived from the activities in one pass each: counts per counterpart country (the
 * choropleth), points for the places records name and for the headquarters of the international bodies they
 * involve, and the colour classes of the legend. Nothing here knows about SVG or projections.
 */

export interface CountryCount {
  code: string;
  count: number;
}

/** Activities per counterpart country, most first (ties by code). An activity counts once in each of its countries. */
export function countryCounts(activities: readonly Activity[]): CountryCount[] {
  return sortedCounts(countBy(activities, 'countries')).map(({ key, count }) => ({ code: key, count }));
}

export type MapPointKind = 'place' | 'organization';

export interface MapPoint {
  kind: MapPointKind;
  /** Stable key: "org:OAS", "place:-18.01,-70.25" or, once places are pooled into a grid, "cell:5:-20,-75". */
  key: string;
  /** For an organisation its id; for a place the names recorded at that spot, most frequent first (at most 3). */
  names: string[];
  /** Further names pooled into this point and not listed in `names`. */
  moreNames: number;
  /** The country the point lies in, when all its places agree. */
  country: string | null;
  lat: number;
  lon: number;
  /** Activities at this point (an activity naming two places at the same spot counts once). */
  count: number;
}

interface PlaceAcc {
  latSum: number;
  lonSum: number;
  weight: number;
  count: number;
  names: Map<string, number>;
  countries: Set<string>;
}

const MAX_NAMES = 3;

/**
 * Key of the spot a place falls on. Size 0 means "the same place" (coordinates rounded to 0.01°, about 1 km, so
 * "Tacna" and "Tacna (región)" recorded at the same point are one dot); a positive size pools places into a grid
 * of that many degrees.
 */
function spotKey(lat: number, lon: number, size: number): string {
  if (size === 0) return `place:${lat.toFixed(2)},${lon.toFixed(2)}`;
  return `cell:${size}:${Math.floor(lat / size) * size},${Math.floor(lon / size) * size}`;
}

function poolPlaces(activities: readonly Activity[], size: number): Map<string, PlaceAcc> {
  const spots = new Map<string, PlaceAcc>();
  const seen = new Set<string>();
  for (const a of activities) {
    seen.clear();
    for (const p of a.places) {
      const key = spotKey(p.lat, p.lon, size);
      let acc = spots.get(key);
      if (!acc)
        spots.set(key, (acc = { latSum: 0, lonSum: 0, weight: 0, count: 0, names: new Map(), countries: new Set() }));
      acc.latSum += p.lat;
      acc.lonSum += p.lon;
      acc.weight++;
      acc.names.set(p.name, (acc.names.get(p.name) ?? 0) + 1);
      acc.countries.add(p.country);
      if (!seen.has(key)) {
        seen.add(key);
        acc.count++;
      }
    }
  }
  return spots;
}

/** Grid sizes (degrees) tried in turn when there are too many distinct places to draw one dot each. */
const GRID_SIZES = [0, 0.5, 1, 2, 5, 10, 20, 45] as const;

/**
 * One point per place (pooled into a coarser grid when more than `maxPoints` distinct places would be drawn), so a
 * data set of 100,000 records still draws at most a few hundred dots.
 */
export function placePoints(activities: readonly Activity[], maxPoints = 300): MapPoint[] {
  let spots = new Map<string, PlaceAcc>();
  for (const size of GRID_SIZES) {
    spots = poolPlaces(activities, size);
    if (spots.size <= maxPoints) break;
  }
  const points: MapPoint[] = [];
  for (const [key, acc] of spots) {
    const names = [...acc.names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
    points.push({
      kind: 'place',
      key,
      names: names.slice(0, MAX_NAMES),
      moreNames: Math.max(0, names.length - MAX_NAMES),
      country: acc.countries.size === 1 ? ([...acc.countries][0] ?? null) : null,
      lat: acc.latSum / acc.weight,
      lon: acc.lonSum / acc.weight,
      count: acc.count,
    });
  }
  return points.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * One point per international body the activities involve, at its headquarters. Bodies missing from the taxonomy
 * have no known location and are left out (they still count in the records and themes views).
 */
export function organizationPoints(
  activities: readonly Activity[],
  orgs: ReadonlyMap<string, Pick<Organization, 'headquarters'>>,
): MapPoint[] {
  const points: MapPoint[] = [];
  for (const { key, count } of sortedCounts(countBy(activities, 'organizations'))) {
    const hq = orgs.get(key)?.headquarters;
    if (!hq) continue;
    points.push({
      kind: 'organization',
      key: `org:${key}`,
      names: [key],
      moreNames: 0,
      country: hq.country,
      lat: hq.lat,
      lon: hq.lon,
      count,
    });
  }
  return points;
}

export interface ColourClass {
  /** Inclusive bounds of the class, in activities. */
  from: number;
  to: number;
  colour: string;
}

/**
 * Classes of the choropleth. Up to five distinct counts get one class each (so "2" never hides in "1–2");
 * beyond that, five equal classes with whole-number bounds. Colours come from `ramp` (light → dark), spread so that
 * two classes are far apart rather than two neighbouring light blues.
 */
export function colourClasses(max: number, ramp: readonly string[]): ColourClass[] {
  if (max <= 0 || ramp.length === 0) return [];
  const n = Math.min(max, 5, ramp.length);
  const step = max <= 5 ? 1 : Math.ceil(max / n);
  const classes: ColourClass[] = [];
  for (let i = 0; i < n; i++) {
    const from = i * step + 1;
    if (from > max) break;
    const to = i === n - 1 ? max : Math.min(max, (i + 1) * step);
    classes.push({ from, to, colour: '' });
  }
  // Few classes start one step darker, so a lone "1" class is not a pale blue that reads as "no data".
  const last = ramp.length - 1;
  const k = classes.length;
  const lo = k <= 2 ? Math.min(1, last) : 0;
  classes.forEach((c, i) => {
    const at = k === 1 ? Math.round(last * 0.75) : Math.round(lo + (i * (last - lo)) / (k - 1));
    c.colour = ramp[at] ?? '';
  });
  return classes;
}

export function colourOf(count: number, classes: readonly ColourClass[]): string | null {
  for (const c of classes) if (count >= c.from && count <= c.to) return c.colour;
  return null;
}

export interface MapSummary {
  /** Countries sharing the highest count. */
  leaders: string[];
  top: number;
  countries: number;
  /** Activities that name at least one counterpart country. */
  withCountry: number;
  activities: number;
  /** Sum of the country counts: above `withCountry` when activities name several countries. */
  mentions: number;
}

/** The facts the caption puts in words ("Chile and the United States lead with 2 activities each; 7 countries"). */
export function mapSummary(activities: readonly Activity[], counts: readonly CountryCount[]): MapSummary {
  const top = counts[0]?.count ?? 0;
  let withCountry = 0;
  for (const a of activities) if (a.countries.length > 0) withCountry++;
  return {
    leaders: top > 0 ? counts.filter((c) => c.count === top).map((c) => c.code) : [],
    top,
    countries: counts.length,
    withCountry,
    activities: activities.length,
    mentions: counts.reduce((s, c) => s + c.count, 0),
  };
}

/** A longitude/latitude box: [west, south, east, north]. */
export type Extent = readonly [number, number, number, number];

/** The closer view: South America from Panama's border to Cape Horn, Galápagos included. */
export const SOUTH_AMERICA: Extent = [-92, -56, -33, 13];

export function inExtent(p: { lat: number; lon: number }, [w, s, e, n]: Extent): boolean {
  return p.lat >= s && p.lat <= n && p.lon >= w && p.lon <= e;
}

/**
 * Whether a shape's geographic bounds ([[west, south], [east, north]] as d3's geoBounds gives them; west > east
 * when the shape crosses the antimeridian) touch an extent.
 */
export function boundsTouch(bounds: [[number, number], [number, number]], [w, s, e, n]: Extent): boolean {
  const [[bw, bs], [be, bn]] = bounds;
  if (bn < s || bs > n) return false;
  if (bw <= be) return be >= w && bw <= e;
  // Crosses the antimeridian: the shape covers [bw, 180] and [-180, be].
  return e >= bw || w <= be;
}
