import { describe, expect, it } from 'vitest';
import type { ActivityFile } from '../../src/domain/activity';
import type { Source } from '../../src/domain/source';
import { summarise } from '../../scripts/data-report.mjs';

// A fixture of its own: the report must count what it is given, not the shipped data set.
const localized = { es: 'x', en: 'x' };
const source = (id: string, period: boolean): Source => ({
  id,
  issuer: localized,
  citation: `cite ${id}`,
  title: 't',
  date: '2026-01-01',
  language: 'es',
  url: 'https://example.org/',
  paragraphs: [{ number: 1, gist: localized }],
  ...(period
    ? { reportingPeriod: { from: '2025-12-01', to: '2025-12-31', basis: localized, basisUrl: 'https://example.org/' } }
    : {}),
});
const record = (
  id: string,
  src: string,
  date: string,
  precision: ActivityFile['datePrecision'],
  extra = 0,
): ActivityFile => ({
  id,
  date,
  datePrecision: precision,
  ...(precision === 'range' ? { endDate: date } : {}),
  status: 'held',
  type: 'bilateral-meeting',
  title: localized,
  summary: localized,
  countries: [],
  themes: ['migration'],
  organizations: [],
  places: [],
  actors: [],
  source: { id: src, paragraph: 1 },
  additionalSources: Array.from({ length: extra }, () => ({
    url: 'https://example.org/',
    publisher: 'p',
    date: '2026-01-02',
    supports: localized,
  })),
});

describe('data:report summary', () => {
  const report = summarise(
    [
      record('a', 'dated', '2026-01-05', 'day'),
      record('b', 'period', '2025-12-03', 'day'),
      record('c', 'period', '2025-12-04', 'day', 1),
      record('d', 'period', '2025-12-01', 'month'),
      record('e', 'dated', '2026-02-01', 'range'),
    ],
    [source('dated', false), source('period', true)],
  );

  it('counts records per month of their date, and the coarser ones apart', () => {
    expect(report.byMonth).toEqual([
      ['2025-12', 3],
      ['2026-01', 1],
      ['2026-02', 1],
    ]);
    expect(report.coarserByMonth).toEqual([
      ['2025-12', 1],
      ['2026-02', 1],
    ]);
  });

  it('counts per source citation and per precision', () => {
    expect(report.bySource).toEqual([
      ['cite dated', 2],
      ['cite period', 3],
    ]);
    expect(report.byPrecision).toEqual([
      ['day', 3],
      ['month', 1],
      ['range', 1],
    ]);
  });

  it('backs a day by the release when it dates its own events, else only by an additional source', () => {
    expect(report.dayPrecise).toBe(3);
    expect(report.backedDays).toBe(2);
  });
});
