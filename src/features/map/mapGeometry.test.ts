import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json';
import { toCountries } from './atlas';
import { mapGeometry } from './mapGeometry';
import { pathBox } from './testing/pathBox';

type Topo = Parameters<typeof toCountries>[0];
const world = mapGeometry(toCountries(topology as unknown as Topo), 'world');

describe('the world view', () => {
  it('draws every latitude from 60°S to 85°N, all the way round, and every country whole inside its viewBox', () => {
    const outside: string[] = [];
    for (let lat = -60; lat <= 85; lat += 1)
      for (let lon = -180; lon <= 180; lon += 5) {
        const p = world.project(lon, lat);
        if (!p || p[0] < 0 || p[0] > world.width || p[1] < 0 || p[1] > world.height) outside.push(`${lon},${lat}`);
      }
    expect(outside).toEqual([]);
    // And so every country is whole: no shape reaches past the viewBox.
    const cut = world.shapes.filter((s) => {
      const b = pathBox(s.d);
      return b.x0 < 0 || b.y0 < 0 || b.x1 > world.width || b.y1 > world.height;
    });
    expect(cut.map((s) => s.code ?? s.key)).toEqual([]);
    // The Arctic is drawn: Greenland's northern coast (83.6°N) lies below the top edge, not on it.
    const greenland = world.shapes.find((s) => s.code === 'GL');
    expect(greenland && pathBox(greenland.d).y0).toBeGreaterThan(0);
  });

  it('outlines the band it draws, so a reader sees where the world ends', () => {
    expect(world.outline).toBeTruthy();
    const b = pathBox(world.outline ?? '');
    expect(b.x0).toBeGreaterThanOrEqual(0);
    expect(b.y0).toBeGreaterThanOrEqual(0);
    expect(b.x1).toBeLessThanOrEqual(world.width);
    expect(b.y1).toBeLessThanOrEqual(world.height);
  });
});
