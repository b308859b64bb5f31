import { describe, expect, it } from 'vitest';
import { draftRelease } from './draft';
import { placeCoordinates } from './places';

describe('placeCoordinates', () => {
  it.each([
    ['Lima', 'PE', true],
    ['Washington D. C.', 'US', true],
    ['washington   dc', 'US', true],
    ['Lima', 'US', false],
    ['Hamburgo', 'DE', false],
  ] as const)('when the place is %s (%s), then coordinates are known: %s', (name, country, known) => {
    expect(placeCoordinates(name, country) !== undefined).toBe(known);
  });

  it('when a draft names a known city, then its place carries the coordinates, and an unknown one none', () => {
    const r = draftRelease({
      text: 'Titular\n\nEl canciller se reunió hoy en Lima con su homólogo, y mañana viajará a Hamburgo para reunirse con la comunidad peruana en Alemania.',
      releaseDate: '2025-12-10',
    });
    if (!r.ok) throw new Error(r.error.code);
    const places = r.file.drafts.flatMap((d) => d.places);
    const lima = places.find((p) => p.name === 'Lima');
    expect(lima?.country).toBe('PE');
    expect(typeof lima?.lat === 'number' && typeof lima.lon === 'number').toBe(true);
    expect(places.find((p) => p.name === 'Hamburgo')).toEqual({ name: 'Hamburgo', country: 'DE' });
  });
});
