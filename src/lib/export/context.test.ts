import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../domain/filters';
import { describeFilters } from '../../domain/labels';
import { embeddedVocabulary as vocab } from '../../domain/taxonomyData';
import { embeddedSources } from '../../domain/embeddedSources';
import { citeSources, sourceIdsOf } from './context';

// Intl may use narrow no-break spaces around the range dash; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('describeFilters, as drawn in exported images', () => {
  const f = { ...EMPTY_FILTERS, country: ['CL'], theme: ['migration'], from: '2025-11-01', to: '2025-12-10' };

  it('says the filters in English', () => {
    expect(plain(describeFilters(f, 'en', vocab))).toBe('Chile · Migration · 1 Nov – 10 Dec 2025');
  });

  it('says the filters in Spanish', () => {
    expect(plain(describeFilters(f, 'es', vocab))).toBe('Chile · Migración · 1 de nov. – 10 de dic. de 2025');
  });

  it('lists several values as a disjunction in each language', () => {
    const many = { ...EMPTY_FILTERS, country: ['CL', 'BO', 'EC'] };
    expect(describeFilters(many, 'en', vocab)).toBe('Chile, Bolivia or Ecuador');
    expect(describeFilters(many, 'es', vocab)).toBe('Chile, Bolivia o Ecuador');
  });

  it('quotes the free text the way each language does', () => {
    expect(describeFilters({ ...EMPTY_FILTERS, q: 'Chancay' }, 'en', vocab)).toBe('“Chancay”');
    expect(describeFilters({ ...EMPTY_FILTERS, q: 'Chancay' }, 'es', vocab)).toBe('«Chancay»');
  });

  it('says when there is no filter', () => {
    expect(describeFilters(EMPTY_FILTERS, 'en', vocab)).toBe('All activities');
    expect(describeFilters(EMPTY_FILTERS, 'es', vocab)).toBe('Todas las actividades');
  });
});

describe('citeSources', () => {
  it('cites each release with its issuer and date, in the chosen language', () => {
    expect(citeSources(embeddedSources, ['np-304-25'], 'en').map(plain)).toEqual([
      'Nota de Prensa 304-25, Ministry of Foreign Affairs of Peru, 10 Dec 2025',
    ]);
    expect(citeSources(embeddedSources, ['np-304-25'], 'es').map(plain)).toEqual([
      'Nota de Prensa 304-25, Ministerio de Relaciones Exteriores del Perú, 10 dic. 2025',
    ]);
  });

  it('still names a source that is missing from the table, by its id', () => {
    expect(citeSources(embeddedSources, ['np-999-25'], 'en')).toEqual(['np-999-25']);
  });

  it('collects each source id once, sorted', () => {
    const r = (id: string) => ({ source: { id, paragraph: 1 } });
    expect(sourceIdsOf([r('b'), r('a'), r('b')])).toEqual(['a', 'b']);
  });
});
