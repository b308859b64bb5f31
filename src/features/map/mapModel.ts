import { HOME_COUNTRY } from '../../domain/countries';
import {
  colourOf,
  inExtent,
  type ColourClass,
  type CountryCount,
  type Extent,
  type MapPoint,
} from '../../domain/mapData';
import type { MapGeometry } from './mapGeometry';
import { clusterPlaces, type ClusterMarker } from './placeClusters';
import { dodge } from './pointDodge';
import { MAP_COLOURS } from '../../ui/palette';

/**
 * Rows ready to draw for one map view: which shapes are plain land, which are buttons (a country with activity,
 * or one the filter names), where Peru is, where each place sits on screen and which places share a cluster marker.
 * Pure, so it is tested without a DOM.
 */
export interface CountryRow {
  key: string;
  code: string | null;
  d: string;
  anchor: [number, number];
  count: number;
  fill: string;
  selected: boolean;
  /** Too small to see or to hit at this size: drawn with a marker here (near its anchor) as well. */
  marker: [number, number] | null;
}

export interface PointRow extends MapPoint {
  x: number;
  y: number;
  r: number;
  selected: boolean;
}

/** What the map draws for its places: a place's own dot, or a cluster of places that would overlap (2 or more). */
export type PlaceMarker = ClusterMarker<PointRow>;

export interface MapModel {
  /** Land without activity, drawn first and hidden from assistive technology. */
  base: CountryRow[];
  /** Countries with activity (or selected in the filter): keyboard buttons, most activities first. */
  active: CountryRow[];
  home: CountryRow | null;
  /** Every place in this view, where it lies. */
  places: PointRow[];
  /** The places as drawn: no two markers overlap, and each place is in exactly one. */
  markers: PlaceMarker[];
  /**
   * The international bodies in this view. They are listed under the map (see bodyList), not drawn at their seats:
   * the seats of a dozen bodies in Western Europe would cover the Netherlands, Belgium and Germany.
   */
  bodies: PointRow[];
  /** Counted countries with no shape in this view (too small for the atlas, or outside a regional view). */
  notDrawn: CountryCount[];
  /** The counted countries this view shows, for its caption and data table. */
  shown: CountryCount[];
}

export interface ModelInput {
  geometry: MapGeometry;
  counts: readonly CountryCount[];
  places: readonly MapPoint[];
  orgs: readonly MapPoint[];
  classes: readonly ColourClass[];
  selectedCountries: readonly string[];
  selectedOrgs: readonly string[];
  /** For a regional view: countries whose centre lies outside do not count as "in the view". */
  extent?: Extent;
  /** viewBox units per screen pixel (see useStageScale): markers and "too small" are judged on screen. */
  scale?: number;
}

export const ORG_SIZE = 4;
/** The smallest cluster: a 24 px target (WCAG 2.5.8) when the symbols grow with the stage, and room for its count. */
export const CLUSTER_MIN_R = 12;
/** A country whose shape spans fewer screen pixels than this gets a marker a finger or a pointer can find. */
export const SMALL_SHAPE_PX = 8;
export const SMALL_MARKER_PX = 6;

/**
 * Place dots grow with the square root of their count, so area, not radius, tells the number. In viewBox units at
 * the natural size; the model multiplies them by the symbol scale (below) so that a phone draws them as large.
 */
export function placeRadius(count: number, max: number): number {
  return 3 + 4 * Math.sqrt(count / Math.max(1, max));
}

/** How much symbols and text grow when one screen pixel spans `scale` viewBox units (see useStageScale). */
export function symbolScale(scale: number): number {
  return Math.min(Math.max(scale, 1), 3);
}

export function mapModel({
  geometry,
  counts,
  places,
  orgs,
  classes,
  selectedCountries,
  selectedOrgs,
  extent,
  scale = 1,
}: ModelInput): MapModel {
  const countOf = new Map(counts.map((c) => [c.code, c.count]));
  const base: CountryRow[] = [];
  const active: CountryRow[] = [];
  let home: CountryRow | null = null;
  const drawn = new Set<string>();
  for (const s of geometry.shapes) {
    const count = s.code ? (countOf.get(s.code) ?? 0) : 0;
    const selected = s.code !== null && selectedCountries.includes(s.code);
    const row: CountryRow = {
      key: s.key,
      code: s.code,
      d: s.d,
      anchor: s.anchor,
      count,
      fill: colourOf(count, classes) ?? MAP_COLOURS.land,
      selected,
      marker: s.size < SMALL_SHAPE_PX * scale && s.code !== HOME_COUNTRY ? s.anchor : null,
    };
    const inView = !extent || inExtent({ lon: s.centre[0], lat: s.centre[1] }, extent);
    if (s.code && inView) drawn.add(s.code);
    if (s.code === HOME_COUNTRY) home = row;
    if (count > 0 || selected) active.push(row);
    else base.push(row);
  }
  active.sort((a, b) => b.count - a.count || (a.code ?? '').localeCompare(b.code ?? ''));
  // Neighbouring small countries (the Benelux on a phone) would hide each other's markers: spread them too.
  const small = active.filter((c) => c.marker && Number.isFinite(c.anchor[0] + c.anchor[1]));
  const spread = dodge(
    small.map((c) => ({ key: c.key, x: c.anchor[0], y: c.anchor[1] })),
    SMALL_MARKER_PX * Math.min(scale, 3),
  );
  for (const c of active) {
    const at = spread.get(c.key);
    c.marker = at ? [at.x, at.y] : null;
  }
  // Symbols keep their size on screen when the map is drawn small (as the legend does), within limits: clusters are
  // judged at the size the reader sees.
  const k = symbolScale(scale);
  const maxPlace = places.reduce((m, p) => Math.max(m, p.count), 0);
  const placeRows: PointRow[] = [];
  for (const p of places) {
    const xy = (!extent || inExtent(p, extent)) && geometry.project(p.lon, p.lat);
    if (xy) placeRows.push({ ...p, x: xy[0], y: xy[1], r: k * placeRadius(p.count, maxPlace), selected: false });
  }
  const activities = (members: readonly PointRow[]) => members.reduce((sum, p) => sum + p.count, 0);
  const markers = clusterPlaces(placeRows, {
    clusterRadius: (members) => k * Math.max(CLUSTER_MIN_R, placeRadius(activities(members), maxPlace)),
    gap: k,
  });
  const bodies: PointRow[] = [];
  for (const p of orgs) {
    const xy = (!extent || inExtent(p, extent)) && geometry.project(p.lon, p.lat);
    if (xy)
      bodies.push({ ...p, x: xy[0], y: xy[1], r: ORG_SIZE * k, selected: selectedOrgs.includes(p.names[0] ?? '') });
  }
  return {
    base,
    active,
    home,
    places: placeRows,
    markers,
    bodies,
    notDrawn: counts.filter((c) => !drawn.has(c.code) && !extent),
    shown: counts.filter((c) => drawn.has(c.code)),
  };
}
