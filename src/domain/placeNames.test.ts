import { describe, expect, it } from 'vitest';
import { placeName, placeNames } from './placeNames';

describe('placeName', () => {
  it.each([
    ['Tumbes (región)', 'en', 'Tumbes (region)'],
    ['Tumbes (región)', 'es', 'Tumbes (región)'],
    ['Paris', 'es', 'París'],
    ['London', 'es', 'Londres'],
    ['Vienna', 'es', 'Viena'],
    ['Ciudad de Panamá', 'en', 'Panama City'],
    ['Nueva Delhi', 'en', 'New Delhi'],
    ['Puerto de Chancay', 'en', 'Port of Chancay'],
    ['Palacio de Gobierno, Lima', 'en', 'Government Palace, Lima'],
    ['Washington D.C.', 'es', 'Washington D. C.'],
    ['Santa Marta', 'en', 'Santa Marta'],
  ] as const)('%s in %s reads %s', (name, lang, expected) => {
    expect(placeName(name, lang)).toBe(expected);
  });
});

describe('placeNames', () => {
  it('drops a region named after the city at the same spot', () => {
    expect(placeNames(['Tacna', 'Tacna (región)'], 'en')).toEqual(['Tacna']);
    expect(placeNames(['Tacna (región)', 'Tacna'], 'es')).toEqual(['Tacna']);
  });
  it('keeps a region alone and distinct names', () => {
    expect(placeNames(['Piura (región)'], 'en')).toEqual(['Piura (region)']);
    expect(placeNames(['London', 'Londres'], 'es')).toEqual(['Londres']);
  });
});
