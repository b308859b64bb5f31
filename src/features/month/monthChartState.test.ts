import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/activity';
import { embeddedActivities } from '../../testing/embedded';
import { monthOracle } from '../../testing/monthOracle';
import { monthWindow, searchWithDates } from './monthChartState';

const dated = (id: string, date: string, datePrecision: Activity['datePrecision'], endDate?: string) =>
  ({ id, date, datePrecision, ...(endDate ? { endDate } : {}) }) as Activity;

describe('monthWindow', () => {
  it('has a row for each of the six months up to the month, empty ones included', () => {
    const w = monthWindow([dated('a', '2025-11-12', 'day')], '2026-02');
    expect(w.tally.rows.map((r) => r.key)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(w.tally.rows.map((r) => r.certain)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(w.total).toBe(1);
  });

  it('starts no earlier than the first month of the data set', () => {
    const w = monthWindow([dated('a', '2025-11-12', 'day')], '2025-12', '2025-11');
    expect(w.tally.rows.map((r) => r.key)).toEqual(['2025-11', '2025-12']);
    expect(w.first).toBe('2025-11');
  });

  it('counts a range across two months and a quarter as possible in each month they may fall in', () => {
    const w = monthWindow(
      [
        dated('r', '2025-11-10', 'range', '2025-12-10'),
        dated('q', '2026-01-01', 'quarter'),
        dated('d', '2025-12-01', 'day'),
      ],
      '2026-02',
      null,
      4,
    );
    expect(w.tally.rows).toEqual([
      { key: '2025-11', certain: 0, possible: 1 },
      { key: '2025-12', certain: 1, possible: 1 },
      { key: '2026-01', certain: 0, possible: 1 },
      { key: '2026-02', certain: 0, possible: 1 },
    ]);
    expect(w.tally.spanning).toBe(2);
    expect(w.total).toBe(3);
  });

  it('agrees with the calendar walk on the embedded data', () => {
    const oracle = monthOracle(embeddedActivities);
    for (const row of monthWindow(embeddedActivities, '2025-12').tally.rows)
      expect(row).toEqual({ key: row.key, ...(oracle.get(row.key) ?? { certain: 0, possible: 0 }) });
  });
});

describe('searchWithDates', () => {
  it('keeps the other filters and sets the dates', () => {
    expect(searchWithDates('?country=CL&from=2024-01-01&lang=en', '2025-11-01', '2025-11-30')).toBe(
      '?country=CL&from=2025-11-01&lang=en&to=2025-11-30',
    );
  });
});
