import { describe, expect, it } from 'vitest';
import { embeddedRecords, naiveFacetCounts } from '../testing/embedded';
import { releaseFixture } from '../testing/releaseFixture';
import type { Activity } from './activity';
import {
  OTHER,
  countryThemeMatrix,
  facetCounts,
  headline,
  latestActivities,
  lead,
  monthRange,
  monthThemeTable,
  topCells,
  totalOf,
} from './aggregate';
import { generate, rec } from '../testing/sample';
import { tallyPeriods } from './monthFit';
import { POSSIBLE } from './themeTallies';

const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;

/** One release's 19 records, a fixed set: the counts below are that release's. */
const embedded: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));

describe('facetCounts and lead', () => {
  const small = [
    rec('a', { themes: ['migration', 'customs'] }),
    rec('b', { themes: ['migration'] }),
    rec('c', { themes: ['customs', 'migration'] }),
    rec('d', { themes: ['port-security'] }),
  ];
  it('counts a multi-themed activity once in each theme', () => {
    expect(facetCounts(small, 'themes')).toEqual([
      { key: 'migration', count: 3 },
      { key: 'customs', count: 2 },
      { key: 'port-security', count: 1 },
    ]);
    expect(totalOf(facetCounts(small, 'themes'))).toBe(6);
  });
  it('says who leads and by how much', () => {
    expect(lead(facetCounts(small, 'themes'))).toEqual({
      leaders: ['migration'],
      count: 3,
      runnerUp: { key: 'customs', count: 2 },
    });
  });
  it('keeps ties together and finds the next count below them', () => {
    expect(
      lead([
        { key: 'x', count: 2 },
        { key: 'y', count: 2 },
        { key: 'z', count: 1 },
      ]),
    ).toEqual({
      leaders: ['x', 'y'],
      count: 2,
      runnerUp: { key: 'z', count: 1 },
    });
    expect(lead([])).toBeNull();
  });
  it('on the release: drug trafficking and organised crime lead with 7 each, one more than customs', () => {
    const themes = facetCounts(embedded, 'themes');
    expect(lead(themes)).toEqual({
      leaders: ['drug-trafficking', 'organized-crime'],
      count: 7,
      runnerUp: { key: 'customs', count: 6 },
    });
    expect(themes).toHaveLength(14);
    expect(totalOf(themes)).toBe(47);
    expect(lead(facetCounts(embedded, 'type'))).toEqual({
      leaders: ['bilateral-coordination', 'domestic-visit'],
      count: 5,
      runnerUp: { key: 'election-international-body', count: 2 },
    });
  });
});

describe('monthRange', () => {
  it('spans year ends', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('on the whole embedded data set, whatever data/ holds', () => {
  it('then facetCounts finds what a loop over the records finds', () => {
    for (const facet of ['countries', 'themes', 'organizations', 'type'] as const) {
      const rows = facetCounts(embeddedRecords, facet);
      expect(new Map(rows.map((r) => [r.key, r.count])), facet).toEqual(naiveFacetCounts(embeddedRecords, facet));
    }
  });
});

describe('monthThemeTable', () => {
  it('stacks theme mentions per month', () => {
    const t = monthThemeTable([
      rec('a', { date: '2025-11-02', themes: ['migration', 'customs'] }),
      rec('b', { date: '2025-12-02', themes: ['migration'] }),
    ]);
    expect(t.series).toEqual(['migration', 'customs']);
    expect(t.rows).toEqual([
      { period: '2025-11', migration: 1, customs: 1, total: 2 },
      { period: '2025-12', migration: 1, customs: 0, total: 1 },
    ]);
  });
  it('draws an activity known only to a longer period as possible in each month, certain in its quarter', () => {
    const acts = [
      rec('a', { date: '2025-11-02', themes: ['migration'] }),
      rec('r', { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10', themes: ['customs', 'migration'] }),
    ];
    const t = monthThemeTable(acts);
    expect(t.series).toEqual(['migration', 'customs', POSSIBLE]);
    expect(t.rows).toEqual([
      { period: '2025-11', migration: 1, customs: 0, total: 1, [POSSIBLE]: 2 },
      { period: '2025-12', migration: 0, customs: 0, total: 0, [POSSIBLE]: 2 },
    ]);
    expect(t.activities).toEqual([
      { key: '2025-11', count: 1 },
      { key: '2025-12', count: 0 },
    ]);
    expect(t.spanningActivities).toBe(1);
    const q = monthThemeTable(acts, 7, 1);
    expect(q.grain).toBe('quarter');
    expect(q.rows).toEqual([{ period: '2025-Q4', migration: 2, customs: 1, total: 3 }]);
    expect(q.spanningActivities).toBe(0);
  });
  it('groups the least frequent themes as OTHER beyond the palette', () => {
    const themes = ['a-1', 'a-2', 'a-3', 'a-4'];
    const acts = themes.flatMap((th, i) =>
      Array.from({ length: 4 - i }, (_, k) => rec(`${th}-${k}`, { themes: [th] })),
    );
    const t = monthThemeTable(acts, 2);
    expect(t.series).toEqual(['a-1', 'a-2', OTHER]);
    expect(t.rows).toEqual([{ period: '2025-11', 'a-1': 4, 'a-2': 3, [OTHER]: 3, total: 10 }]);
  });
});

describe('countryThemeMatrix', () => {
  it('counts country × theme pairs and the activities without a country', () => {
    const m = countryThemeMatrix([
      rec('a', { countries: ['CL', 'US'], themes: ['migration', 'customs'] }),
      rec('b', { countries: ['CL'], themes: ['migration'] }),
      rec('c', { countries: [], themes: ['customs'] }),
    ]);
    expect(m.countries).toEqual([
      { key: 'CL', count: 2 },
      { key: 'US', count: 1 },
    ]);
    expect(m.themes).toEqual([
      { key: 'migration', count: 3 },
      { key: 'customs', count: 2 },
    ]);
    expect(m.counts.get('CL')?.get('migration')).toBe(2);
    expect(m.max).toBe(2);
    expect(m.withoutCountry).toBe(1);
    expect(topCells(m)).toEqual([{ country: 'CL', theme: 'migration', count: 2 }]);
  });
  it('on the release: Chile × Migration is 2, and 10 activities have no counterpart country', () => {
    const m = countryThemeMatrix(embedded);
    expect(m.countries.map((c) => c.key)).toEqual(['CL', 'US', 'CA', 'DE', 'FI', 'NL', 'SV']);
    expect(m.counts.get('CL')?.get('migration')).toBe(2);
    expect(m.withoutCountry).toBe(10);
    expect(m.max).toBe(2);
    expect(topCells(m).map((c) => `${c.country}×${c.theme}`)).toEqual([
      'CL×migration',
      'CL×border-management',
      'US×bilateral-relations',
    ]);
  });
});

describe('headline and latestActivities', () => {
  it('on the release', () => {
    expect(headline(embedded)).toEqual({
      activities: 19,
      countries: 7,
      themes: 14,
      organizations: 5,
      byStatus: { held: 17, announced: 1, planned: 1 },
    });
    expect(latestActivities(embedded, 3).map((a) => a.id)).toEqual([
      'us-secretary-of-state-visit-to-peru',
      'tacna-consular-migration-meeting',
      'us-secretary-of-state-meeting',
    ]);
  });
});

describe('on 100,000 generated records', () => {
  const big = generate(100_000);
  it('months hold every activity once as certain, or as possible in each month it spans', () => {
    const { rows, spanning } = tallyPeriods(big);
    // From the first start month to the last month a range reaches.
    const lastEnd = big.reduce((m, a) => ((a.endDate ?? a.date) > m ? (a.endDate ?? a.date) : m), '');
    expect(rows.map((r) => r.key)).toEqual(
      monthRange(big.reduce((m, a) => (a.date < m ? a.date : m), '9999').slice(0, 7), lastEnd.slice(0, 7)),
    );
    const spans = big.filter((a) => a.datePrecision === 'range' && a.date.slice(0, 7) !== a.endDate?.slice(0, 7));
    expect(spanning).toBe(spans.length);
    expect(rows.reduce((n, r) => n + r.certain, 0)).toBe(100_000 - spans.length);
  });
  it('theme counts equal the theme mentions, and the stacked table agrees with them', () => {
    const mentions = big.reduce((n, a) => n + a.themes.length, 0);
    expect(totalOf(facetCounts(big, 'themes'))).toBe(mentions);
    const table = monthThemeTable(big);
    // Eight theme series and the hatched one; a range of at most 40 days can still cross quarters.
    expect(table.series).toHaveLength(9);
    const crossing = big.filter((a) => quarterOf(a.date) !== quarterOf(a.endDate ?? a.date));
    const crossingMentions = crossing.reduce((n, a) => n + a.themes.length, 0);
    expect(table.rows.reduce((n, r) => n + r.total, 0)).toBe(mentions - crossingMentions);
    expect(table.spanningActivities).toBe(crossing.length);
    // Over 24 months are counted by quarter.
    expect(table.grain).toBe('quarter');
    expect(table.months).toBe(tallyPeriods(big).rows.length);
    expect(table.rows).toHaveLength(Math.ceil(table.months / 3));
    expect(totalOf(table.activities)).toBe(100_000 - crossing.length);
    const byMonth = monthThemeTable(big, 7, 48);
    expect(byMonth.grain).toBe('month');
    expect(byMonth.rows).toHaveLength(table.months);
  });
  it('the matrix keeps 20 countries and its cells match a direct count', () => {
    const m = countryThemeMatrix(big);
    expect(m.countries).toHaveLength(20);
    expect(m.hiddenCountries).toBe(5);
    const c = m.countries[0]?.key ?? '';
    const direct = big.filter((a) => a.countries.includes(c) && a.themes.includes('migration')).length;
    expect(m.counts.get(c)?.get('migration')).toBe(direct);
    expect(m.withoutCountry).toBe(big.filter((a) => a.countries.length === 0).length);
  });
  it('headline statuses add up', () => {
    const h = headline(big);
    expect(h.byStatus.held + h.byStatus.announced + h.byStatus.planned).toBe(100_000);
    expect(h.countries).toBe(25);
    expect(latestActivities(big, 10)).toHaveLength(10);
  });
  it('the latest activities are the first of a full sort, latest first with ties by id', () => {
    const sorted = [...big].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    expect(latestActivities(big, 25).map((a) => a.id)).toEqual(sorted.slice(0, 25).map((a) => a.id));
    const reversed = [...big].reverse();
    expect(latestActivities(reversed, 6).map((a) => a.id)).toEqual(sorted.slice(0, 6).map((a) => a.id));
    expect(latestActivities(big, 0)).toEqual([]);
  });
});
