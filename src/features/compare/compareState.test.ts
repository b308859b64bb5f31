import { describe, expect, it } from 'vitest';
import { chartRows, compareSearch, resolvePeriods } from './compareState';

const EXTENT = ['2025-10', '2026-02'] as const;
const params = (s = '') => new URLSearchParams(s);

describe('resolvePeriods', () => {
  it('without dates, compares the data set’s latest month with the month before', () => {
    expect(resolvePeriods(null, null, params(), EXTENT)).toEqual({
      a: { from: '2026-02-01', to: '2026-02-28' },
      b: { from: '2026-01-01', to: '2026-01-31' },
      badB: [],
    });
  });

  it('fills an open end of A from the data set, and B with as many days just before', () => {
    const r = resolvePeriods('2026-02-10', null, params(), EXTENT);
    expect(r.a).toEqual({ from: '2026-02-10', to: '2026-02-28' });
    expect(r.b).toEqual({ from: '2026-01-22', to: '2026-02-09' });
  });

  it('keeps a valid B, and reports a bad or inverted one while comparing with the period before A', () => {
    expect(resolvePeriods('2025-12-01', '2025-12-31', params('bfrom=2025-06-01&bto=2025-07-30'), EXTENT).b).toEqual({
      from: '2025-06-01',
      to: '2025-07-30',
    });
    const bad = resolvePeriods('2025-12-01', '2025-12-31', params('bfrom=2025-13-01&bto=2025-11-30'), EXTENT);
    expect(bad).toMatchObject({ b: { from: '2025-11-01', to: '2025-11-30' }, badB: ['2025-13-01'] });
    const inverted = resolvePeriods('2025-12-01', '2025-12-31', params('bfrom=2025-11-30&bto=2025-11-01'), EXTENT);
    expect(inverted.badB).toEqual(['2025-11-01']);
  });
});

describe('compareSearch and chartRows', () => {
  it('writes both periods and keeps the other parameters', () => {
    const s = compareSearch(
      '?country=CL&lang=es&by=theme',
      { from: '2025-12-01', to: '2025-12-31' },
      {
        from: '2025-11-01',
        to: '2025-11-30',
      },
    );
    expect(Object.fromEntries(new URLSearchParams(s))).toEqual({
      country: 'CL',
      lang: 'es',
      by: 'theme',
      from: '2025-12-01',
      to: '2025-12-31',
      bfrom: '2025-11-01',
      bto: '2025-11-30',
    });
  });

  it('draws only values whose dated counts differ, at most the limit', () => {
    const row = (key: string, diff: number) => ({
      key,
      a: { certain: 0, possible: 0 },
      b: { certain: 0, possible: 0 },
      diff,
    });
    expect(chartRows([row('x', 3), row('y', 0), row('z', -1)], 5).map((r) => r.key)).toEqual(['x', 'z']);
    expect(chartRows([row('x', 3), row('z', -1)], 1).map((r) => r.key)).toEqual(['x']);
  });
});
