import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { isOverdue } from './overdue';

type Dated = Pick<Activity, 'status' | 'date' | 'datePrecision' | 'endDate'>;
const planned = (d: Omit<Dated, 'status'>): Dated => ({ status: 'planned', ...d });

describe('isOverdue', () => {
  it('then a quarter is overdue only once its last day (31 Mar for Q1) has passed', () => {
    const q1 = planned({ date: '2026-01-01', datePrecision: 'quarter' });
    expect(isOverdue(q1, '2026-02-15')).toBe(false);
    expect(isOverdue(q1, '2026-03-31')).toBe(false);
    expect(isOverdue(q1, '2026-04-01')).toBe(true);
    expect(isOverdue(q1, '2026-12-06')).toBe(true);
  });

  it('then a month is overdue the day after its last day, leap February included', () => {
    const feb = planned({ date: '2028-02-01', datePrecision: 'month' });
    expect(isOverdue(feb, '2028-02-29')).toBe(false);
    expect(isOverdue(feb, '2028-03-01')).toBe(true);
  });

  it('then a range is overdue after its end, not after its start', () => {
    const range = planned({ date: '2025-12-02', datePrecision: 'range', endDate: '2025-12-06' });
    expect(isOverdue(range, '2025-12-04')).toBe(false);
    expect(isOverdue(range, '2025-12-06')).toBe(false);
    expect(isOverdue(range, '2025-12-07')).toBe(true);
  });

  it('then a day is not overdue on the day itself, only the day after', () => {
    const day = planned({ date: '2025-12-31', datePrecision: 'day' });
    expect(isOverdue(day, '2025-12-31')).toBe(false);
    expect(isOverdue(day, '2026-01-01')).toBe(true);
  });

  it('then an announced activity is overdue like a planned one', () => {
    expect(isOverdue({ status: 'announced', date: '2025-11-01', datePrecision: 'month' }, '2025-12-01')).toBe(true);
  });

  it('then a held activity is never overdue, however long ago', () => {
    expect(isOverdue({ status: 'held', date: '2020-01-01', datePrecision: 'day' }, '2026-12-06')).toBe(false);
    expect(isOverdue({ status: 'held', date: '2026-01-01', datePrecision: 'quarter' }, '2026-12-06')).toBe(false);
  });
});
