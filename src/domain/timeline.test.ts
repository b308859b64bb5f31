import { describe, expect, it } from 'vitest';
import { releaseFixture } from '../testing/releaseFixture';
import type { Activity } from './activity';
import { generate, rec } from '../testing/sample';
import { generateActivities } from '../testing/generate';
import { daysOf, monthOracle, monthsOf } from '../testing/monthOracle';
import {
  extentOf,
  monthExtent,
  monthSwitch,
  monthSwitchWithin,
  planTimeline,
  selectedMonth,
  spanLayout,
  timelineOrder,
} from './timeline';

/** One release's 19 records, a fixed set: the months below are that release's. */
const embedded: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));

/** The sort key of an activity's heading, from the calendar walk (testing/monthOracle), not from the code under test. */
function naiveHeading(a: Activity): string {
  const month = a.date.slice(0, 7);
  return monthsOf(a).size === 1 ? `${month} 0` : `${month} 1 ${a.date} ${daysOf(a).at(-1)} ${a.datePrecision}`;
}
/** The reading order spelled out: heading by heading (a month, then the periods that start in it), then by date. */
function naiveReadingOrder(list: readonly Activity[]): Activity[] {
  const heading = new Map(list.map((a) => [a, naiveHeading(a)]));
  return [...list].sort((x, y) => {
    const [hx, hy] = [heading.get(x) ?? '', heading.get(y) ?? ''];
    return hx < hy ? -1 : hx > hy ? 1 : timelineOrder(x, y);
  });
}

describe('planTimeline', () => {
  it('groups what lies within a month under it, and what crosses months under its period, after that month', () => {
    const plan = planTimeline([
      rec('late', { date: '2025-12-03' }),
      rec('range', { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' }),
      rec('day', { date: '2025-11-10' }),
      rec('q', { date: '2026-01-01', datePrecision: 'quarter' }),
      rec('inside', { date: '2025-11-03', datePrecision: 'range', endDate: '2025-11-05' }),
      rec('month', { date: '2025-12-01', datePrecision: 'month' }),
      rec('year', { date: '2026-01-01', datePrecision: 'range', endDate: '2026-12-31' }),
      rec('jan', { date: '2026-01-20' }),
    ]);
    expect(plan.items.map((a) => a.id)).toEqual(['inside', 'day', 'range', 'month', 'late', 'jan', 'q', 'year']);
    expect(plan.groups).toEqual([
      { key: '2025-11', month: '2025-11', period: null, first: 0, count: 2 },
      {
        key: 'range 2025-11-10 2025-12-10',
        month: '2025-11',
        period: { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' },
        first: 2,
        count: 1,
      },
      { key: '2025-12', month: '2025-12', period: null, first: 3, count: 2 },
      { key: '2026-01', month: '2026-01', period: null, first: 5, count: 1 },
      {
        key: 'quarter 2026-01-01 2026-03-31',
        month: '2026-01',
        period: { date: '2026-01-01', datePrecision: 'quarter' },
        first: 6,
        count: 1,
      },
      {
        key: 'range 2026-01-01 2026-12-31',
        month: '2026-01',
        period: { date: '2026-01-01', datePrecision: 'range', endDate: '2026-12-31' },
        first: 7,
        count: 1,
      },
    ]);
    expect(plan.extent).toEqual(['2025-11-03', '2026-12-31']);
  });
  it('a period that starts before any month with its own heading still comes first, and the extent starts with it', () => {
    const plan = planTimeline([
      rec('p', { date: '2025-10-29', datePrecision: 'range', endDate: '2025-11-01' }),
      rec('d', { date: '2025-11-04' }),
    ]);
    expect(plan.groups.map((g) => [g.key, g.count])).toEqual([
      ['range 2025-10-29 2025-11-01', 1],
      ['2025-11', 1],
    ]);
    expect(plan.extent).toEqual(['2025-10-29', '2025-11-04']);
  });
  it('on the release: November’s 4 days, the 10 ranges of 10 Nov – 10 Dec 2025, December’s 4, Q1 2026 alone', () => {
    const plan = planTimeline(embedded);
    expect(plan.groups.map((g) => [g.key, g.count])).toEqual([
      ['2025-11', 4],
      ['range 2025-11-10 2025-12-10', 10],
      ['2025-12', 4],
      ['quarter 2026-01-01 2026-03-31', 1],
    ]);
    // A month's heading holds what the calendar walk says certainly falls in it.
    const oracle = monthOracle(embedded);
    for (const g of plan.groups.filter((x) => x.period === null)) expect(g.count).toBe(oracle.get(g.month)?.certain);
    expect(plan.items[18]?.id).toBe('us-secretary-of-state-visit-to-peru');
    expect(plan.extent).toEqual(extentOf(embedded));
  });
  it('on 100,000 generated records lists every one, each under its month or its period, headings in order', () => {
    const all: Activity[] = generateActivities(100_000, 3).map((a) => ({ ...a, origin: 'analyst' }));
    const plan = planTimeline(all);
    const items = plan.items;
    expect(items).toHaveLength(100_000);
    expect(new Set(items.map((a) => a.id)).size).toBe(100_000);
    expect(plan.groups.reduce((n, g) => n + g.count, 0)).toBe(100_000);
    const oracle = monthOracle(all);
    for (const g of plan.groups) {
      const members = items.slice(g.first, g.first + g.count);
      const heading = naiveHeading(members[0] as Activity);
      expect(members.every((a) => naiveHeading(a) === heading)).toBe(true);
      expect(g.period === null).toBe(heading.endsWith(' 0'));
      if (g.period === null) expect(g.count).toBe(oracle.get(g.month)?.certain);
      expect(members.every((a, i) => i === 0 || timelineOrder(members[i - 1] as Activity, a) < 0)).toBe(true);
    }
    const keys = plan.groups.map((g) => naiveHeading(items[g.first] as Activity));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
    expect(plan.extent).toEqual(extentOf(all));
  });
  it('orders exactly as the reading order spelled out here, whatever order the records come in', () => {
    const big = generate(20_000);
    const sorted = naiveReadingOrder(big);
    const ids = (xs: readonly Activity[]) => xs.map((a) => a.id);
    expect(ids(planTimeline(big).items)).toEqual(ids(sorted));
    expect(ids(planTimeline([...big].reverse()).items)).toEqual(ids(sorted));
    // In date order but not by end date and id within a day: the path the database's date order takes.
    const byDate = [...big].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).reverse();
    byDate.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(ids(planTimeline(byDate).items)).toEqual(ids(sorted));
    expect(planTimeline([])).toEqual({ items: [], groups: [], extent: null });
  });
});

describe('spanLayout', () => {
  const extent: [string, string] = ['2025-11-01', '2025-11-30'];
  it('draws a day as one day wide and a range as its share of the extent', () => {
    expect(spanLayout(['2025-11-01', '2025-11-01'], extent)).toEqual({ start: 0, end: 1 / 30 });
    expect(spanLayout(['2025-11-16', '2025-11-30'], extent)).toEqual({ start: 0.5, end: 1 });
  });
  it('clamps what falls outside', () => {
    expect(spanLayout(['2025-10-01', '2025-12-31'], extent)).toEqual({ start: 0, end: 1 });
  });
  it('extentOf covers quarters to their last day', () => {
    expect(extentOf([rec('q', { date: '2026-01-01', datePrecision: 'quarter' })])).toEqual([
      '2026-01-01',
      '2026-03-31',
    ]);
    expect(extentOf([])).toBeNull();
  });
});

describe('monthSwitch', () => {
  it('with no date filter, "previous" lands on the month of the latest activity', () => {
    expect(monthSwitch({ from: null, to: null }, embedded)).toEqual({
      month: null,
      whole: true,
      prev: { from: '2026-01-01', to: '2026-01-31' },
      next: null,
    });
  });
  it('steps month by month within the months of the data', () => {
    expect(monthSwitch({ from: '2025-12-01', to: '2025-12-31' }, embedded)).toEqual({
      month: '2025-12',
      whole: false,
      prev: { from: '2025-11-01', to: '2025-11-30' },
      next: { from: '2026-01-01', to: '2026-01-31' },
    });
    expect(monthSwitch({ from: '2025-11-01', to: '2025-11-30' }, embedded).prev).toBeNull();
  });
  it('a custom range is not a month, but steps from the month of its start', () => {
    expect(selectedMonth({ from: '2025-11-01', to: '2025-12-31' })).toBeNull();
    expect(selectedMonth({ from: '2024-02-01', to: '2024-02-29' })).toBe('2024-02');
    expect(monthSwitch({ from: '2025-11-15', to: null }, embedded).next).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });
  it('with no data there is nowhere to step', () => {
    expect(monthSwitch({ from: null, to: null }, [])).toEqual({ month: null, whole: true, prev: null, next: null });
  });
  it('the data set’s month extent, computed once per data set, gives the same steps', () => {
    expect(monthExtent(embedded)).toEqual(['2025-11', '2026-01']);
    expect(monthExtent([])).toBeNull();
    const f = { from: '2025-12-01', to: '2025-12-31' };
    expect(monthSwitchWithin(f, ['2025-11', '2026-01'])).toEqual(monthSwitch(f, embedded));
    expect(monthSwitchWithin(f, ['2025-12', '2025-12'])).toMatchObject({ prev: null, next: null });
  });
});
