import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { numericToAlpha2 } from '../../domain/countries';

/**
 * The world-atlas shapes, loaded on demand: the JSON is imported dynamically so it lands in its own chunk, fetched
 * only when the map route draws. 110m (39 KB gzip) for the world; 50m (236 KB gzip) only for the closer view of
 * South America, where the coarse coastline and missing islands would show.
 */
export type Resolution = '110m' | '50m';

export interface AtlasCountry {
  /** ISO 3166-1 alpha-2, from the atlas's numeric id; null for shapes without one (e.g. Kosovo, N. Cyprus). */
  code: string | null;
  /** Stable key for React: the numeric id, or the atlas's name when there is none. */
  key: string;
  feature: Feature<Geometry>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const loaders: Record<Resolution, () => Promise<{ default: unknown }>> = {
  '110m': () => import('world-atlas/countries-110m.json'),
  '50m': () => import('world-atlas/countries-50m.json'),
};

export function toCountries(topology: CountriesTopology): AtlasCountry[] {
  const collection = feature(topology, topology.objects.countries);
  return collection.features.map((f, i) => {
    const id = f.id === undefined ? null : String(f.id);
    return {
      code: id === null ? null : (numericToAlpha2(id) ?? null),
      key: id ?? `${f.properties?.name ?? 'shape'}-${i}`,
      feature: f,
    };
  });
}

export async function loadAtlas(resolution: Resolution): Promise<AtlasCountry[]> {
  const mod = await loaders[resolution]();
  return toCountries(mod.default as CountriesTopology);
}
