import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/activity';
import { facetCounts, headline, latestActivities } from '../../domain/aggregate';
import { monthFit, tallyPeriods } from '../../domain/monthFit';
import { generate } from '../../testing/sample';
import { releaseFixture } from '../../testing/releaseFixture';
import { embeddedRecords, naiveFacetCounts, naiveLastDay, naiveUnderWay } from '../../testing/embedded';
import { applyFilters } from '../../domain/applyFilters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { monthSwitch } from '../../domain/timeline';
import { overviewModel } from './overviewState';

/** One release's 19 records, a fixed set: the figures below are that release's. */
const all: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));

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
    // Each month's columns, read again record by record with the rule itself.
    for (const r of m.time.rows) {
      expect(r.certain).toBe(all.filter((a) => monthFit(a, r.key) === 'certain').length);
      expect(r.possible).toBe(all.filter((a) => monthFit(a, r.key) === 'possible').length);
    }
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

describe('overviewModel on the whole embedded data set, whatever data/ holds', () => {
  const data = [...embeddedRecords];
  it('then the headline counts every record, counterpart, theme and organisation once', () => {
    const m = overviewModel(data, data, EMPTY_FILTERS);
    expect(m.headline).toEqual({
      activities: data.length,
      countries: naiveFacetCounts(data, 'countries').size,
      themes: naiveFacetCounts(data, 'themes').size,
      organizations: naiveFacetCounts(data, 'organizations').size,
      byStatus: {
        held: data.filter((a) => a.status === 'held').length,
        announced: data.filter((a) => a.status === 'announced').length,
        planned: data.filter((a) => a.status === 'planned').length,
      },
    });
    expect(m.countries.without).toBe(data.filter((a) => a.countries.length === 0).length);
  });
  it('then each month of the data counts the records under way in it', () => {
    const months = [...new Set(data.map((a) => a.date.slice(0, 7)))];
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) {
      const f = {
        ...EMPTY_FILTERS,
        from: `${month}-01`,
        to: naiveLastDay({ date: `${month}-01`, datePrecision: 'month' }),
      };
      const m = overviewModel(applyFilters(data, f), data, f);
      expect(m.headline.activities, month).toBe(naiveUnderWay(data, f.from, f.to).length);
    }
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
    expect(m.time).toEqual({ ...tallyPeriods(hits, m.time.grain), span: tallyPeriods(hits, 'month').rows.length });
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

describe('when the data span more months than columns', () => {
  const big = generate(20_000);
  it('then it counts by quarter with the same rule, not by summing months', () => {
    const m = overviewModel(big, big, EMPTY_FILTERS);
    expect(m.time.grain).toBe('quarter');
    expect(m.time.span).toBe(tallyPeriods(big, 'month').rows.length);
    expect(m.time.span).toBeGreaterThan(24);
    // A record is certain in a quarter when its first and last days are in it: counted here from the dates.
    const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;
    const certain = new Map<string, number>();
    for (const a of big) {
      const end = a.datePrecision === 'range' ? (a.endDate ?? a.date) : a.date;
      if (quarterOf(a.date) === quarterOf(end))
        certain.set(quarterOf(a.date), (certain.get(quarterOf(a.date)) ?? 0) + 1);
    }
    for (const r of m.time.rows) expect(r.certain).toBe(certain.get(r.key) ?? 0);
  });
  it('then a date filter keeps only its own quarters', () => {
    const f = { ...EMPTY_FILTERS, from: '2024-02-10', to: '2024-08-31' };
    const m = overviewModel(applyFilters(big, f), big, f);
    expect(m.time.grain).toBe('month');
    expect(m.time.rows.map((r) => r.key)).toEqual([
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
    ]);
  });
});
