import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../domain/filters';
import { embeddedVocabulary as vocab } from '../../domain/taxonomyData';
import { readableLink } from '../../lib/export/context';
import { labelledFilters } from './filterWords';

// Intl puts thin or no-break spaces around the range dash and inside dates; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('labelledFilters', () => {
  const f = { ...EMPTY_FILTERS, country: ['CL'], theme: ['migration'], from: '2025-11-01', to: '2025-11-30' };

  it('names each filter by its kind, and the period in words, in English', () => {
    expect(plain(labelledFilters(f, 'en', vocab))).toBe('Country: Chile · Theme: Migration · Period: 1 – 30 Nov 2025');
  });

  it('does the same in Spanish, whatever language the page is in', () => {
    expect(plain(labelledFilters(f, 'es', vocab))).toBe(
      'País: Chile · Tema: Migración · Periodo: 1 – 30 de nov. de 2025',
    );
  });

  it('uses the plural for several values, and labels organisations, types, open periods and text', () => {
    const g = {
      ...EMPTY_FILTERS,
      country: ['CL', 'US'],
      org: ['OAS'],
      type: ['binational-committee'],
      from: '2025-11-01',
      q: 'Chancay',
    };
    expect(plain(labelledFilters(g, 'en', vocab))).toBe(
      'Countries: Chile or United States of America · Type: Binational committee · Organisation: OAS · ' +
        'Period: from 1 Nov 2025 · Text: “Chancay”',
    );
  });

  it('says when no filter is set', () => {
    expect(labelledFilters(EMPTY_FILTERS, 'en', vocab)).toBe('All activities (no filter)');
    expect(labelledFilters(EMPTY_FILTERS, 'es', vocab)).toBe('Todas las actividades (sin filtros)');
  });
});

describe('readableLink', () => {
  it('keeps a deployed address whole', () => {
    expect(readableLink('https://agenda.example.org/themes?country=CL')).toBe(
      'https://agenda.example.org/themes?country=CL',
    );
  });

  it('prints only the path and filters of a loopback address', () => {
    expect(readableLink('http://127.0.0.1:4173/themes?country=CL&lang=en')).toBe('/themes?country=CL&lang=en');
    expect(readableLink('http://localhost:5173/briefing')).toBe('/briefing');
    expect(readableLink('http://[::1]:5173/map')).toBe('/map');
  });
});
