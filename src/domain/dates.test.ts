import { describe, expect, it } from 'vitest';
import {
  activityInterval,
  endOfMonth,
  endOfQuarter,
  formatActivityDate,
  formatDateTime,
  formatDay,
  monthBounds,
} from './dates';

// Intl separates some parts with thin or no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('activityInterval', () => {
  it('covers one day, a month, a quarter or a range by precision', () => {
    expect(activityInterval({ date: '2025-12-03', datePrecision: 'day' })).toEqual(['2025-12-03', '2025-12-03']);
    expect(activityInterval({ date: '2025-11-01', datePrecision: 'month' })).toEqual(['2025-11-01', '2025-11-30']);
    expect(activityInterval({ date: '2026-01-01', datePrecision: 'quarter' })).toEqual(['2026-01-01', '2026-03-31']);
    expect(activityInterval({ date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' })).toEqual([
      '2025-11-10',
      '2025-12-10',
    ]);
  });
});

describe('month and quarter ends', () => {
  it('knows month lengths, leap years included', () => {
    expect(endOfMonth('2025-02-01')).toBe('2025-02-28');
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-12-01')).toBe('2025-12-31');
  });

  it('ends each quarter on its last day', () => {
    expect(endOfQuarter('2025-10-01')).toBe('2025-12-31');
    expect(endOfQuarter('2026-04-01')).toBe('2026-06-30');
    expect(endOfQuarter('2026-08-15')).toBe('2026-09-30');
  });

  it('shifts month bounds across a year end', () => {
    expect(monthBounds('2025-12-10', 1)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(monthBounds('2026-01-05', -1)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('formatActivityDate', () => {
  it('shows a quarter as Q1 2026 in English and T1 2026 in Spanish', () => {
    const a = { date: '2026-01-01', datePrecision: 'quarter' } as const;
    expect(formatActivityDate(a, 'en-GB')).toBe('Q1 2026');
    expect(formatActivityDate(a, 'es-PE')).toBe('T1 2026');
    expect(formatActivityDate({ date: '2026-10-01', datePrecision: 'quarter' }, 'en-GB')).toBe('Q4 2026');
  });

  it('shows a range as one span', () => {
    const a = { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' } as const;
    expect(plain(formatActivityDate(a, 'en-GB'))).toBe('10 Nov – 10 Dec 2025');
    expect(plain(formatActivityDate(a, 'es-PE'))).toBe('10 de nov. – 10 de dic. de 2025');
  });

  it('shows a month without a day', () => {
    const a = { date: '2025-11-01', datePrecision: 'month' } as const;
    expect(formatActivityDate(a, 'en-GB')).toBe('November 2025');
    expect(formatActivityDate(a, 'es-PE')).toBe('noviembre de 2025');
  });

  it('shows a day as day, short month and year', () => {
    const a = { date: '2025-12-03', datePrecision: 'day' } as const;
    expect(plain(formatActivityDate(a, 'en-GB'))).toBe('3 Dec 2025');
    expect(plain(formatActivityDate(a, 'es-PE'))).toBe('3 dic. 2025');
  });
});

describe('formatDateTime', () => {
  // Midday UTC falls on the same calendar day in every time zone from UTC−12 to UTC+11.
  it('writes an instant’s day as formatDay writes that day, then the time', () => {
    const at = '2025-12-01T12:00:00Z';
    expect(plain(formatDateTime(at, 'es-PE'))).toMatch(/^1 dic\. 2025, \d/);
    expect(plain(formatDateTime(at, 'en-GB'))).toMatch(/^1 Dec 2025, \d/);
    expect(plain(formatDateTime(at, 'es-PE')).startsWith(plain(formatDay('2025-12-01', 'es-PE')))).toBe(true);
  });
});
