import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../domain/filters';
import { exportFileName, localIsoDate, shortFilters } from './fileName';

const day = new Date(2025, 11, 10, 23, 30); // 10 Dec 2025, 23:30 local time

describe('exportFileName', () => {
  it('names the chart, the filters in short and the local date', () => {
    expect(exportFileName('themes-by-theme', { ...EMPTY_FILTERS, country: ['CL'] }, day, 'png')).toBe(
      'themes-by-theme_CL_2025-12-10.png',
    );
  });

  it('says "all" without filters', () => {
    expect(exportFileName('timeline', EMPTY_FILTERS, day, 'svg')).toBe('timeline_all_2025-12-10.svg');
  });

  it('uses the local calendar day, not UTC', () => {
    expect(localIsoDate(day)).toBe('2025-12-10');
  });
});

describe('shortFilters', () => {
  it('joins codes within a parameter with "+" and parameters with "_"', () => {
    const f = { ...EMPTY_FILTERS, country: ['CL', 'US'], theme: ['migration'], org: ['OAS'] };
    expect(shortFilters(f)).toBe('CL+US_migration_OAS');
  });

  it('writes dates as a range, open ends included', () => {
    expect(shortFilters({ ...EMPTY_FILTERS, from: '2025-11-01', to: '2025-12-31' })).toBe('2025-11-01--2025-12-31');
    expect(shortFilters({ ...EMPTY_FILTERS, from: '2025-11-01' })).toBe('2025-11-01--');
  });

  it('makes free text safe for a file name', () => {
    expect(shortFilters({ ...EMPTY_FILTERS, q: 'Áncash / "Tacna"' })).toBe('q-Ancash-Tacna');
  });

  it('cuts very long filter sets', () => {
    const f = { ...EMPTY_FILTERS, country: ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'MX', 'PA', 'PY', 'US', 'UY', 'VE'] };
    f.theme = ['organized-crime', 'drug-trafficking', 'migration', 'border-management'];
    const s = shortFilters(f);
    expect(s.length).toBeLessThanOrEqual(84);
    expect(s.endsWith('-etc')).toBe(true);
  });
});
