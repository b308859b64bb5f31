import { describe, expect, it } from 'vitest';
import type { BriefingItem } from '../../db/briefing';
import type { Source } from '../../domain/source';
import { embeddedVocabulary } from '../../domain/taxonomyData';
import { rec } from '../../testing/records';
import { briefingSources, itemFilterText } from './briefingState';

const item = (over: Partial<BriefingItem>): BriefingItem => ({
  id: 'i',
  position: 0,
  kind: 'chart',
  addedAt: '2026-01-01T00:00:00Z',
  ...over,
});

const compared = item({
  path: '/compare',
  search: '?country=CL&from=2025-12-01&to=2025-12-31&bfrom=2025-11-01&bto=2025-11-30',
});

const source = (id: string, citation: string): Source =>
  ({ id, citation, issuer: { es: 'X', en: 'X' }, date: '2025-12-01' }) as Source;

describe('a chart added from the compare page', () => {
  it('states both periods in words', () => {
    expect(itemFilterText(compared, 'en', embeddedVocabulary).replace(/\s/g, ' ')).toBe(
      'Country: Chile · Period: 1 – 31 Dec 2025 · Compared with: 1 – 30 Nov 2025',
    );
  });

  it('cites the sources of both periods’ records', () => {
    const activities = [
      rec('dec', { date: '2025-12-03', countries: ['CL'], source: { id: 'dec-src', paragraph: 1 } }),
      rec('nov', { date: '2025-11-20', countries: ['CL'], source: { id: 'nov-src', paragraph: 1 } }),
      rec('oct', { date: '2025-10-20', countries: ['CL'], source: { id: 'oct-src', paragraph: 1 } }),
    ];
    const sources = ['dec-src', 'nov-src', 'oct-src'].map((id) => source(id, id.toUpperCase()));
    const cited = briefingSources([compared], activities, sources, 'en', embeddedVocabulary);
    expect(cited.map((c) => c.split(',')[0])).toEqual(['DEC-SRC', 'NOV-SRC']);
  });

  it('is read as any other chart when it did not come from /compare', () => {
    expect(itemFilterText({ ...compared, path: '/themes' }, 'en', embeddedVocabulary)).not.toMatch(/Compared/);
  });
});
