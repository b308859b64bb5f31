import { describe, expect, it } from 'vitest';
import { formatPeriod, grainFor, periodOf, periodRange } from './periods';

describe('time grains for column charts', () => {
  it('counts by month up to 24 months, then by quarter, then by year', () => {
    expect(grainFor(3)).toBe('month');
    expect(grainFor(24)).toBe('month');
    expect(grainFor(25)).toBe('quarter');
    expect(grainFor(36)).toBe('quarter');
    expect(grainFor(72)).toBe('quarter');
    expect(grainFor(73)).toBe('year');
  });

  it('puts a month in its quarter or year', () => {
    expect(periodOf('2025-11', 'month')).toBe('2025-11');
    expect(periodOf('2025-11', 'quarter')).toBe('2025-Q4');
    expect(periodOf('2025-01', 'quarter')).toBe('2025-Q1');
    expect(periodOf('2025-03', 'quarter')).toBe('2025-Q1');
    expect(periodOf('2025-04', 'quarter')).toBe('2025-Q2');
    expect(periodOf('2025-11', 'year')).toBe('2025');
  });

  it('lists every period between two months, empty ones included', () => {
    expect(periodRange('2025-11', '2026-01', 'month')).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(periodRange('2024-02', '2025-01', 'quarter')).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
      '2025-Q1',
    ]);
    expect(periodRange('2023-12', '2025-01', 'year')).toEqual(['2023', '2024', '2025']);
    expect(periodRange('2025-03', '2025-03', 'quarter')).toEqual(['2025-Q1']);
  });

  it('names periods in the reader’s language', () => {
    expect(formatPeriod('2025-11', 'month', 'en-GB')).toBe('November 2025');
    expect(formatPeriod('2025-11', 'month', 'en-GB', true)).toBe('Nov 2025');
    expect(formatPeriod('2025-Q4', 'quarter', 'en-GB')).toBe('Q4 2025');
    expect(formatPeriod('2025-Q4', 'quarter', 'es-PE')).toBe('T4 2025');
    expect(formatPeriod('2025', 'year', 'es-PE')).toBe('2025');
  });
});
