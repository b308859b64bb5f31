import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { EMPTY_FILTERS } from './filters';
import { comparePeriods, periodBefore, periodDays, type Period } from './periodCompare';
import { generate, rec } from '../testing/sample';

const DEC: Period = { from: '2025-12-01', to: '2025-12-31' };
const NOV: Period = { from: '2025-11-01', to: '2025-11-30' };

const sample: Activity[] = [
  rec('day-dec', { date: '2025-12-03', countries: ['CL'], themes: ['migration'], type: 'bilateral-meeting' }),
  rec('day-nov', { date: '2025-11-20', countries: ['CL'], themes: ['trade'], type: 'bilateral-meeting' }),
  rec('day-nov-2', { date: '2025-11-21', countries: ['BO'], themes: ['trade'], type: 'visit' }),
  // Reported for "10 Nov – 10 Dec": it may fall in either month, certainly in neither.
  rec('range', {
    date: '2025-11-10',
    datePrecision: 'range',
    endDate: '2025-12-10',
    countries: ['US'],
    themes: ['migration'],
    type: 'visit',
  }),
  // Q4 2025 (October to December): it may fall in November or December.
  rec('quarter', { date: '2025-10-01', datePrecision: 'quarter', countries: ['CL'], themes: ['trade'], type: 'visit' }),
  // December as a whole: certain in December.
  rec('month', { date: '2025-12-01', datePrecision: 'month', countries: ['EC'], themes: ['trade'], type: 'visit' }),
  // Q1 2026 and a day in October: in neither period.
  rec('q1', { date: '2026-01-01', datePrecision: 'quarter', countries: ['CL'], type: 'visit' }),
  rec('oct', { date: '2025-10-15', countries: ['CL'], type: 'visit' }),
];

const row = (c: ReturnType<typeof comparePeriods>, f: 'countries' | 'themes' | 'type', key: string) =>
  c.facets[f].find((r) => r.key === key);

describe('comparePeriods', () => {
  const c = comparePeriods(sample, DEC, NOV);

  it('counts a day-precise record certain in its period only, and a month-precise one in its month', () => {
    expect(c.a).toEqual({ certain: 2, possible: 2 });
    expect(c.b).toEqual({ certain: 2, possible: 2 });
    expect(row(c, 'countries', 'EC')).toEqual({
      key: 'EC',
      a: { certain: 1, possible: 0 },
      b: { certain: 0, possible: 0 },
      diff: 1,
    });
  });

  it('counts a range across both periods and a quarter as possible in each, never in the difference', () => {
    expect(row(c, 'countries', 'US')).toEqual({
      key: 'US',
      a: { certain: 0, possible: 1 },
      b: { certain: 0, possible: 1 },
      diff: 0,
    });
    // Chile: 3 Dec (A), 20 Nov (B), Q4 (possible in both); Q1 2026 and 15 Oct are in neither.
    expect(row(c, 'countries', 'CL')).toEqual({
      key: 'CL',
      a: { certain: 1, possible: 1 },
      b: { certain: 1, possible: 1 },
      diff: 0,
    });
  });

  it('lists every value seen in either period, largest difference first', () => {
    expect(c.facets.themes.map((r) => [r.key, r.diff])).toEqual([
      ['trade', -1],
      ['migration', 1],
    ]);
    expect(c.facets.countries.map((r) => r.key)).toEqual(['BO', 'EC', 'CL', 'US']);
    expect(row(c, 'type', 'visit')).toMatchObject({ a: { certain: 1, possible: 2 }, b: { certain: 1, possible: 2 } });
  });

  it('agrees with the date filter: certain + possible is what filtering to the period lists, per value too', () => {
    const big = [...sample, ...generate(400, 7)];
    const periods: Period[] = [
      DEC,
      NOV,
      { from: '2025-10-10', to: '2025-12-08' },
      { from: '2025-08-11', to: '2025-10-09' },
    ];
    for (const a of periods)
      for (const b of periods) {
        const cmp = comparePeriods(big, a, b);
        const listed = (p: Period, country?: string) =>
          applyFilters(big, { ...EMPTY_FILTERS, from: p.from, to: p.to, country: country ? [country] : [] }).length;
        expect(cmp.a.certain + cmp.a.possible).toBe(listed(a));
        expect(cmp.b.certain + cmp.b.possible).toBe(listed(b));
        for (const r of cmp.facets.countries.slice(0, 5)) {
          expect(r.a.certain + r.a.possible).toBe(listed(a, r.key));
          expect(r.b.certain + r.b.possible).toBe(listed(b, r.key));
        }
      }
  });
});

describe('periodBefore', () => {
  it('sets a whole month against the calendar month before, whatever their lengths', () => {
    expect(periodBefore({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodBefore(NOV)).toEqual({ from: '2025-10-01', to: '2025-10-31' });
  });

  it('sets any other span against as many days ending the day before it starts', () => {
    const first60 = { from: '2025-10-10', to: '2025-12-08' };
    expect(periodDays(first60)).toBe(60);
    expect(periodBefore(first60)).toEqual({ from: '2025-08-11', to: '2025-10-09' });
    expect(periodBefore({ from: '2025-01-05', to: '2025-01-05' })).toEqual({ from: '2025-01-04', to: '2025-01-04' });
  });
});
