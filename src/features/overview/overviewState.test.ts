import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../../db/embedded';
import type { Activity } from '../../domain/activity';
import { facetCounts, headline, latestActivities, monthCounts } from '../../domain/aggregate';
import { generate } from '../../testing/sample';
import { applyFilters } from '../../domain/applyFilters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { monthSwitch } from '../../domain/timeline';
import { overviewModel, periodRows } from './overviewState';

const all: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('overviewModel', () => {
  it('for the whole release', () => {
    const m = overviewModel(all, all, EMPTY_FILTERS);
    expect(m.headline).toMatchObject({ activities: 19, countries: 7, themes: 14, organizations: 5 });
    expect(m.latest.map((a) => a.id).slice(0, 2)).toEqual([
      'us-secretary-of-state-visit-to-peru',
      'tacna-consular-migration-meeting',
    ]);
    expect(m.themes.top.map((r) => r.key)).toEqual([
      'drug-trafficking',
      'organized-crime',
      'customs',
      'regional-development',
      'security-defence',
    ]);
    expect(m.countries.lead).toEqual({ leaders: ['CL', 'US'], count: 2, runnerUp: { key: 'CA', count: 1 } });
    expect(m.countries.without).toBe(10);
    expect(m.busiest?.leaders).toEqual(['2025-11']);
    expect(m.switcher.prev).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });
  it('for December 2025: the activities under way that month, ranges from November included', () => {
    const f = { ...EMPTY_FILTERS, from: '2025-12-01', to: '2025-12-31' };
    const m = overviewModel(applyFilters(all, f), all, f);
    expect(m.headline.activities).toBe(14);
    expect(m.headline.byStatus).toEqual({ held: 13, announced: 1, planned: 0 });
    expect(m.switcher).toMatchObject({ month: '2025-12', prev: { from: '2025-11-01' }, next: { from: '2026-01-01' } });
  });
});

describe('when the overview counts a large set in one pass', () => {
  const big = generate(20_000);
  const f = { ...EMPTY_FILTERS, country: ['CL'] };
  const hits = applyFilters(big, f);
  it('then it agrees with the separate derivations', () => {
    expect(hits.length).toBeGreaterThan(500);
    const m = overviewModel(hits, big, f);
    expect(m.headline).toEqual(headline(hits));
    expect(m.months).toEqual(monthCounts(hits));
    expect(m.themes.top).toEqual(facetCounts(hits, 'themes').slice(0, 5));
    expect(m.themes.distinct).toBe(facetCounts(hits, 'themes').length);
    expect(m.countries.top).toEqual(facetCounts(hits, 'countries').slice(0, 5));
    expect(m.countries.without).toBe(hits.filter((a) => a.countries.length === 0).length);
    expect(m.latest).toEqual(latestActivities(hits, 6));
    expect(m.switcher).toEqual(monthSwitch(f, big));
  });
  it('then a month extent passed in (computed once per data set) is used as given', () => {
    expect(overviewModel(hits, big, f, null).switcher).toEqual({ month: null, whole: true, prev: null, next: null });
  });
});

describe('periodRows', () => {
  const months = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      key: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      count: i + 1,
    }));
  it('keeps months up to 24 of them', () => {
    expect(periodRows(months(24))).toEqual({ grain: 'month', span: 24, rows: months(24) });
  });
  it('sums 30 months into 10 quarters, keeping every activity', () => {
    const p = periodRows(months(30));
    expect(p.grain).toBe('quarter');
    expect(p.rows.map((r) => r.key).slice(0, 2)).toEqual(['2020-Q1', '2020-Q2']);
    expect(p.rows).toHaveLength(10);
    expect(p.rows[0]).toEqual({ key: '2020-Q1', count: 1 + 2 + 3 });
    expect(p.rows.reduce((s, r) => s + r.count, 0)).toBe((30 * 31) / 2);
  });
  it('sums 8 years into years', () => {
    const p = periodRows(months(96));
    expect(p.grain).toBe('year');
    expect(p.rows.map((r) => r.key)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027']);
  });
  it('names the busiest quarter when the data span years', () => {
    const big = generate(20_000);
    const m = overviewModel(big, big, EMPTY_FILTERS);
    expect(m.periods.grain).not.toBe('month');
    const top = Math.max(...m.periods.rows.map((r) => r.count));
    expect(m.busiest?.count).toBe(top);
    expect(m.periods.rows.reduce((s, r) => s + r.count, 0)).toBe(20_000);
  });
});
