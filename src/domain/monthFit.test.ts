import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { EMPTY_FILTERS } from './filters';
import { fitInterval, monthFit, tallyPeriods, timeLead, type TimeRow } from './monthFit';
import { embeddedActivities } from '../testing/embedded';
import { generate, rec } from '../testing/sample';
import { monthOracle } from '../testing/monthOracle';

const oracle = monthOracle;

const embedded: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));
const quarter = rec('q', { date: '2026-01-01', datePrecision: 'quarter' });
const acrossMonths = rec('r', { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' });
const withinMonth = rec('w', { date: '2025-11-03', datePrecision: 'range', endDate: '2025-11-21' });
const wholeMonth = rec('m', { date: '2025-02-01', datePrecision: 'month' });
const acrossYears = rec('y', { date: '2025-12-20', datePrecision: 'range', endDate: '2026-01-05' });

describe('monthFit', () => {
  it('a range across two months may fall in either, certainly in neither', () => {
    expect(monthFit(acrossMonths, '2025-11')).toBe('possible');
    expect(monthFit(acrossMonths, '2025-12')).toBe('possible');
    expect(monthFit(acrossMonths, '2025-10')).toBe('outside');
    expect(monthFit(acrossMonths, '2026-01')).toBe('outside');
  });
  it('a range inside one month, a month, and a day are certain in their month', () => {
    expect(monthFit(withinMonth, '2025-11')).toBe('certain');
    expect(monthFit(wholeMonth, '2025-02')).toBe('certain');
    expect(monthFit(rec('d', { date: '2025-12-31' }), '2025-12')).toBe('certain');
  });
  it('a quarter may fall in each of its three months', () => {
    expect(['2026-01', '2026-02', '2026-03', '2026-04'].map((m) => monthFit(quarter, m))).toEqual([
      'possible',
      'possible',
      'possible',
      'outside',
    ]);
  });
  it('open-ended periods: certain when the interval starts on or after from', () => {
    expect(fitInterval(['2025-11-10', '2025-12-10'], '2025-11-01', null)).toBe('certain');
    expect(fitInterval(['2025-11-10', '2025-12-10'], null, '2025-11-30')).toBe('possible');
    expect(fitInterval(['2025-11-10', '2025-12-10'], null, null)).toBe('certain');
  });
});

describe('tallyPeriods', () => {
  const sample = [...generate(400, 7), quarter, acrossMonths, withinMonth, wholeMonth, acrossYears];

  it('agrees with a day-by-day walk of the calendar for every month', () => {
    const want = oracle(sample);
    const got = tallyPeriods(sample).rows;
    for (const row of got) expect(row).toEqual({ key: row.key, ...(want.get(row.key) ?? { certain: 0, possible: 0 }) });
    expect(got.filter((r) => r.certain + r.possible > 0).length).toBe(want.size);
  });

  it("each month's certain + possible is what the date filter for that month returns", () => {
    for (const row of tallyPeriods(sample).rows) {
      const [y, m] = row.key.split('-').map(Number) as [number, number];
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      const hits = applyFilters(sample, { ...EMPTY_FILTERS, from: `${row.key}-01`, to: last });
      expect(row.certain + row.possible).toBe(hits.length);
    }
  });

  it('a quarter counts certain in its quarter, a range across years possible in both years', () => {
    const q = tallyPeriods([quarter, acrossYears], 'quarter').rows;
    expect(q).toEqual([
      { key: '2025-Q4', certain: 0, possible: 1 },
      { key: '2026-Q1', certain: 1, possible: 1 },
    ]);
    const y = tallyPeriods([quarter, acrossYears], 'year');
    expect(y.rows).toEqual([
      { key: '2025', certain: 0, possible: 1 },
      { key: '2026', certain: 1, possible: 1 },
    ]);
    expect(y.spanning).toBe(1);
  });

  it('keeps only the months of a date filter when asked', () => {
    expect(tallyPeriods([acrossMonths], 'month', ['2025-12', '2025-12']).rows).toEqual([
      { key: '2025-12', certain: 0, possible: 1 },
    ]);
  });

  it('on the embedded data set: every month agrees with the calendar walk', () => {
    const want = oracle(embedded);
    for (const row of tallyPeriods(embedded).rows)
      expect(row).toEqual({ key: row.key, ...(want.get(row.key) ?? { certain: 0, possible: 0 }) });
  });
});

describe('timeLead', () => {
  const row = (key: string, certain: number, possible: number): TimeRow => ({ key, certain, possible });
  it('is settled when no reading of the imprecise dates can overtake the leader', () => {
    expect(timeLead([row('a', 5, 3), row('b', 2, 2)])).toEqual({ leaders: ['a'], count: 5, settled: true });
  });
  it('is open when a month with fewer certain activities could reach the leader', () => {
    expect(timeLead([row('a', 4, 9), row('b', 1, 3)])?.settled).toBe(false);
  });
  it('a tie is open when the tied months have possible activities', () => {
    expect(timeLead([row('a', 4, 9), row('b', 4, 9)])).toEqual({ leaders: ['a', 'b'], count: 4, settled: false });
    expect(timeLead([row('a', 4, 0), row('b', 4, 0), row('c', 1, 2)])?.settled).toBe(true);
  });
  it('names no leader when nothing is certain', () => {
    expect(timeLead([row('a', 0, 3)])).toBeNull();
  });
});
