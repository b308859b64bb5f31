import resources from './resources/placeCoordinates.json';

/**
 * Coordinates for a place the engine found, where resources/placeCoordinates.json knows it (a city marker taken
 * from the project's researched records); undefined otherwise, and the draft's place then has none.
 */
const key = (name: string, country: string) => `${country}:${name.toLowerCase().replace(/\s+/g, ' ').trim()}`;
const BY_NAME = new Map(
  resources.places.flatMap((p) => p.names.map((n) => [key(n, p.country), { lat: p.lat, lon: p.lon }] as const)),
);

export function placeCoordinates(name: string, country: string): { lat: number; lon: number } | undefined {
  return BY_NAME.get(key(name, country));
}
