import { describe, expect, it } from 'vitest';
import { describeFilters, valueLabel } from './labels';
import { EMPTY_FILTERS } from './filters';
import { embeddedVocabulary as vocab } from './taxonomyData';

const plain = (s: string) => s.replace(/\s/g, ' ');

describe('valueLabel', () => {
  it('names values in the chosen language', () => {
    expect(valueLabel('country', 'CL', 'en', vocab)).toBe('Chile');
    expect(valueLabel('country', 'US', 'es', vocab)).toBe('Estados Unidos');
    expect(valueLabel('theme', 'migration', 'es', vocab)).toBe('Migración');
    expect(valueLabel('org', 'OAS', 'es', vocab)).toBe('OEA');
    expect(valueLabel('org', 'OAS', 'en', vocab)).toBe('OAS');
    expect(valueLabel('type', 'binational-committee', 'en', vocab)).toBe('Binational committee');
  });

  it('falls back to the id for an unknown value', () => {
    expect(valueLabel('theme', 'weather', 'en', vocab)).toBe('weather');
  });
});

describe('describeFilters', () => {
  it('puts the filters in words', () => {
    const f = { ...EMPTY_FILTERS, country: ['CL'], theme: ['migration'], from: '2025-11-01', to: '2025-12-10' };
    expect(plain(describeFilters(f, 'en', vocab))).toBe('Chile · Migration · 1 Nov – 10 Dec 2025');
  });

  it('joins values of one parameter with "or", and says "all" when nothing is set', () => {
    expect(describeFilters({ ...EMPTY_FILTERS, org: ['IMO', 'UNESCO'] }, 'es', vocab)).toBe('OMI o UNESCO');
    expect(describeFilters(EMPTY_FILTERS, 'en', vocab)).toBe('All activities');
    expect(describeFilters(EMPTY_FILTERS, 'es', vocab)).toBe('Todas las actividades');
  });

  it('describes an open-ended range and a text query', () => {
    expect(plain(describeFilters({ ...EMPTY_FILTERS, from: '2025-12-01', q: 'Tacna' }, 'en', vocab))).toBe(
      'from 1 Dec 2025 · “Tacna”',
    );
  });
});
