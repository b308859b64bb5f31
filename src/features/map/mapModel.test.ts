import { describe, expect, it } from 'vitest';
import world110 from 'world-atlas/countries-110m.json';
import world50 from 'world-atlas/countries-50m.json';
import { organizationPoints, placePoints, SOUTH_AMERICA, type Extent } from '../../domain/mapData';
import { orgsById } from '../../domain/taxonomyData';
import { embeddedRecords } from '../../testing/embedded';
import { toCountries } from './atlas';
import { layoutBodies } from './bodyList';
import type { Box } from './labelLayout';
import { mapGeometry, type MapGeometry } from './mapGeometry';
import { mapModel, symbolScale } from './mapModel';
import { pathBox } from './testing/pathBox';

type Topo = Parameters<typeof toCountries>[0];
const VIEWS: { name: string; geometry: MapGeometry; extent?: Extent }[] = [
  { name: 'world', geometry: mapGeometry(toCountries(world110 as unknown as Topo), 'world') },
  {
    name: 'South America',
    geometry: mapGeometry(toCountries(world50 as unknown as Topo), 'south-america'),
    extent: SOUTH_AMERICA,
  },
];
// A desktop draws the map at its natural width or larger (scale 1); a 390 px phone at about 2.6 viewBox units a pixel.
const SCALES = [1, 2.6];

const places = placePoints(embeddedRecords);
// Every body the taxonomy gives a seat, not only those the records name today: the list must hold them all.
const orgs = organizationPoints(
  [...orgsById.keys()].map((id) => ({ ...embeddedRecords[0]!, organizations: [id] })),
  orgsById,
);

function model(geometry: MapGeometry, scale: number, extent?: Extent) {
  return mapModel({
    geometry,
    counts: [],
    places,
    orgs,
    classes: [],
    selectedCountries: [],
    selectedOrgs: [],
    extent,
    scale,
  });
}

const meet = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the place markers of the embedded data set', () => {
  for (const { name, geometry, extent } of VIEWS)
    for (const scale of SCALES)
      it(`in the ${name} view at scale ${scale}: every place in exactly one marker, no two markers overlapping`, () => {
        const m = model(geometry, scale, extent);
        // The places this view should show, decided here from the data and the projection alone.
        const expected = places
          .filter(
            (p) => !extent || (p.lat >= extent[1] && p.lat <= extent[3] && p.lon >= extent[0] && p.lon <= extent[2]),
          )
          .filter((p) => geometry.project(p.lon, p.lat))
          .map((p) => p.key)
          .sort();
        expect(m.markers.flatMap((mk) => mk.members.map((p) => p.key)).sort()).toEqual(expected);
        const overlapping: string[] = [];
        m.markers.forEach((a, i) =>
          m.markers.slice(i + 1).forEach((b) => {
            if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) overlapping.push(`${a.key} × ${b.key}`);
          }),
        );
        expect(overlapping).toEqual([]);
      });

  it('groups the places in Peru, a blob of dots on the world map, into fewer markers than places', () => {
    const m = model(VIEWS[0]!.geometry, 1);
    const inPeru = m.markers.filter((mk) => mk.members.some((p) => p.country === 'PE'));
    const peruPlaces = places.filter((p) => p.country === 'PE').length;
    expect(inPeru.length).toBeLessThan(peruPlaces);
    expect(inPeru.some((mk) => mk.members.length > 1)).toBe(true);
  });
});

describe('the international bodies', () => {
  for (const { name, geometry, extent } of VIEWS)
    for (const scale of SCALES)
      it(`in the ${name} view at scale ${scale}: no body's hit area meets any country's bounding box`, () => {
        const m = model(geometry, scale, extent);
        const list = layoutBodies(
          m.bodies,
          {
            title: 'International bodies (headquarters)',
            label: (b) => `${b.names[0] ?? ''} · Washington D.C.`,
            short: (b) => b.names[0] ?? '',
          },
          { top: geometry.height + 6, width: geometry.width, k: symbolScale(scale) },
        );
        expect(list.items.map((b) => b.key).sort()).toEqual(m.bodies.map((b) => b.key).sort());
        if (!extent) expect(list.items).toHaveLength(orgs.length);
        // Stricter than "over the Netherlands and Germany": over no country at all, and still inside the width.
        const countries = geometry.shapes.map((s) => ({ code: s.code ?? s.key, box: pathBox(s.d) }));
        const hits: string[] = [];
        for (const b of list.items) {
          for (const c of countries) if (meet(b.hit, c.box)) hits.push(`${b.names[0]} over ${c.code}`);
          if (b.hit.x0 < 0 || b.hit.x1 > geometry.width) hits.push(`${b.names[0]} outside the width`);
        }
        expect(hits).toEqual([]);
        list.items.forEach((a, i) =>
          list.items.slice(i + 1).forEach((b) => expect(meet(a.hit, b.hit), `${a.key} × ${b.key}`).toBe(false)),
        );
      });
});
