import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { applyFilters } from './applyFilters';
import { EMPTY_FILTERS } from './filters';
import { monthReview, parseMonth } from './monthReview';
import { embeddedActivities } from '../testing/embedded';
import { monthOracle, monthsOf } from '../testing/monthOracle';
import { generate, rec } from '../testing/sample';
import { reviewFixture } from '../testing/reviewFixture';

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

describe('when the month is compared with the months before it and with a year earlier', () => {
  const r = monthReview(reviewFixture, '2025-11');

  it('then it counts the month, the previous month and the same month a year earlier', () => {
    // November: n1, n2, n3 dated in it; `span` (25 Oct – 5 Nov) may fall in it. October: `oct`, and `span`.
    expect(r.now).toEqual({ certain: 3, possible: 1 });
    expect(r.before).toEqual({ certain: 1, possible: 1 });
    expect(r.yearAgo).toEqual({ month: '2024-11', count: { certain: 1, possible: 0 } });
    expect(r.lookback).toEqual({ from: '2025-05', to: '2025-10', months: 6 });
  });

  it('then a counterpart is new when none of the six months before names it, dropped when they do and the month not', () => {
    // May – October name CL, BR, US, FR (`span` reaches into October); April's JP is outside the six months.
    expect(r.facets.countries).toEqual({
      appeared: [{ key: 'DE', now: 1, before: 0 }],
      dropped: [{ key: 'BR', now: 0, before: 1 }],
      changed: [{ key: 'US', now: 2, before: 1 }],
    });
    // Peru's own foreign minister is not a counterpart; Rubio, named twice in n1, counts once.
    expect(r.facets.actors).toEqual({
      appeared: [{ key: 'Marco Rubio', now: 1, before: 0 }],
      dropped: [{ key: 'Ana Pérez', now: 0, before: 1 }],
      changed: [],
    });
    // OAS was seen in May and UN in October: neither is new, and both are still there.
    expect(r.facets.organizations).toEqual({
      appeared: [],
      dropped: [],
      changed: [{ key: 'UN', now: 2, before: 1 }],
    });
  });

  it('then themes and types are compared with the previous month only', () => {
    // October: `oct` (migration, bilateral meeting) and `span`; May's and September's migration do not count.
    expect(r.facets.themes).toEqual({
      appeared: [{ key: 'customs', now: 2, before: 0 }],
      dropped: [],
      changed: [{ key: 'migration', now: 2, before: 1 }],
    });
    expect(r.facets.type).toEqual({
      appeared: [{ key: 'official-visit', now: 1, before: 0 }],
      dropped: [],
      changed: [{ key: 'bilateral-meeting', now: 2, before: 1 }],
    });
  });

  it('then the months before are only those the data reach, and the first month has none', () => {
    const dec = monthReview(reviewFixture, '2024-12');
    expect(dec.lookback).toEqual({ from: '2024-11', to: '2024-11', months: 1 });
    expect(dec.facets.countries.dropped).toEqual([{ key: 'CL', now: 0, before: 1 }]);
    const first = monthReview(reviewFixture, '2024-11');
    expect(first.lookback).toBeNull();
    expect(first.facets.countries).toEqual({ appeared: [], dropped: [], changed: [] });
    expect(first.now).toEqual({ certain: 1, possible: 0 });
  });

  it('then a year earlier the data do not reach is no count, but a month the filters leave empty is 0', () => {
    expect(monthReview(reviewFixture, '2025-10').yearAgo).toEqual({ month: '2024-10', count: null });
    // Filtered to the United States: November 2024 holds a record (Chile's), so its 0 is a count.
    const us = reviewFixture.filter((a) => a.countries.includes('US'));
    const filtered = monthReview(us, '2025-11', { recorded: reviewFixture });
    expect(filtered.yearAgo).toEqual({ month: '2024-11', count: { certain: 0, possible: 0 } });
    expect(filtered.lookback).toEqual({ from: '2025-05', to: '2025-10', months: 6 });
    expect(filtered.facets.countries.appeared).toEqual([{ key: 'DE', now: 1, before: 0 }]);
    // Without the unfiltered records, the data seem to start in October 2025.
    expect(monthReview(us, '2025-11').lookback).toEqual({ from: '2025-10', to: '2025-10', months: 1 });
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
