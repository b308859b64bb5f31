import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { EMPTY_FILTERS } from './filters';
import { monthReview, parseMonth } from './monthReview';
import { embeddedActivities } from '../testing/embedded';
import { monthOracle, monthsOf } from '../testing/monthOracle';
import { generate, rec } from '../testing/sample';

const embedded: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('monthReview', () => {
  it('counts the month and the previous one as the calendar walk does, and as the date filter lists them', () => {
    const sample = [...embedded, ...generate(300, 11)];
    const want = monthOracle(sample);
    for (const month of ['2025-11', '2025-12', '2024-03', '2026-01']) {
      const r = monthReview(sample, month);
      expect(r.now).toEqual(want.get(month) ?? { certain: 0, possible: 0 });
      expect(r.before).toEqual(want.get(r.previous) ?? { certain: 0, possible: 0 });
      const [y, m] = month.split('-').map(Number) as [number, number];
      const to = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      const listed = applyFilters(sample, { ...EMPTY_FILTERS, from: `${month}-01`, to });
      expect(r.certain.length + r.possible.length).toBe(listed.length);
    }
  });

  it('lists the certain activities in date order, then those only known to a longer period', () => {
    const r = monthReview(embedded, '2025-12');
    expect(r.certain.map((a) => a.date)).toEqual([...r.certain.map((a) => a.date)].sort());
    for (const a of r.certain) expect(monthsOf(a)).toEqual(new Set(['2025-12']));
    for (const a of r.possible) expect(monthsOf(a).size).toBeGreaterThan(1);
  });

  it('says which countries, themes and types appear, drop away and change, from counts made here', () => {
    const acts = [
      rec('o1', { date: '2025-10-03', countries: ['CL'], themes: ['migration'], type: 'bilateral-meeting' }),
      rec('o2', { date: '2025-10-20', countries: ['US'], themes: ['migration'], type: 'bilateral-meeting' }),
      rec('n1', { date: '2025-11-04', countries: ['US'], themes: ['customs'], type: 'bilateral-meeting' }),
      rec('n2', { date: '2025-11-05', countries: ['US', 'DE'], themes: ['customs'], type: 'official-visit' }),
      rec('n3', { date: '2025-11-05', countries: ['US'], themes: ['customs'], type: 'official-visit' }),
    ];
    const r = monthReview(acts, '2025-11');
    expect(r.previous).toBe('2025-10');
    expect(r.next).toBe('2025-12');
    expect(r.facets.countries.appeared).toEqual([{ key: 'DE', now: 1, before: 0 }]);
    expect(r.facets.countries.dropped).toEqual([{ key: 'CL', now: 0, before: 1 }]);
    expect(r.facets.countries.changed).toEqual([{ key: 'US', now: 3, before: 1 }]);
    expect(r.facets.themes.appeared).toEqual([{ key: 'customs', now: 3, before: 0 }]);
    expect(r.facets.themes.dropped).toEqual([{ key: 'migration', now: 0, before: 2 }]);
    expect(r.facets.type.changed).toEqual([{ key: 'bilateral-meeting', now: 1, before: 2 }]);
    expect(r.facets.type.appeared).toEqual([{ key: 'official-visit', now: 2, before: 0 }]);
  });
});

describe('parseMonth', () => {
  it('takes YYYY-MM and nothing else', () => {
    expect(parseMonth('2025-11')).toBe('2025-11');
    expect(parseMonth('2025-13')).toBeNull();
    expect(parseMonth('2025-11-01')).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });
});
