import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../testing/embedded';
import type { Activity } from './activity';
import { generate, rec } from '../testing/sample';
import { generateActivities } from '../testing/generate';
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

const embedded: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('planTimeline', () => {
  it('orders by start date, then end date, and groups by start month', () => {
    const plan = planTimeline([
      rec('late', { date: '2025-12-03' }),
      rec('range', { date: '2025-11-10', datePrecision: 'range', endDate: '2025-12-10' }),
      rec('day', { date: '2025-11-10' }),
      rec('q', { date: '2026-01-01', datePrecision: 'quarter' }),
    ]);
    expect(plan.items.map((a) => a.id)).toEqual(['day', 'range', 'late', 'q']);
    expect(plan.months).toEqual([
      { month: '2025-11', first: 0, count: 2 },
      { month: '2025-12', first: 2, count: 1 },
      { month: '2026-01', first: 3, count: 1 },
    ]);
    expect(plan.extent).toEqual(['2025-11-10', '2026-03-31']);
  });
  it('on the release: three months, November first, the Rubio visit alone in January 2026', () => {
    const plan = planTimeline(embedded);
    expect(plan.months.map((m) => [m.month, m.count])).toEqual([
      ['2025-11', 14],
      ['2025-12', 4],
      ['2026-01', 1],
    ]);
    expect(plan.items[18]?.id).toBe('us-secretary-of-state-visit-to-peru');
    expect(plan.extent).toEqual(extentOf(embedded));
  });
  it('on 100,000 generated records lists every one, in order, from the first month to the last', () => {
    const all: Activity[] = generateActivities(100_000, 3).map((a) => ({ ...a, origin: 'analyst' }));
    const plan = planTimeline(all);
    const items = plan.items;
    expect(items).toHaveLength(100_000);
    expect(new Set(items.map((a) => a.id)).size).toBe(100_000);
    expect(items.every((a, i) => i === 0 || timelineOrder(items[i - 1] as Activity, a) < 0)).toBe(true);
    expect(plan.months.reduce((n, m) => n + m.count, 0)).toBe(100_000);
    expect(plan.months.every((m) => items[m.first]?.date.startsWith(m.month))).toBe(true);
    expect(plan.extent).toEqual(extentOf(all));
    const months = plan.months.map((m) => m.month);
    expect(new Set(months).size).toBe(months.length);
    expect(months).toEqual([...months].sort());
    expect(months[0]).toBe(all[0]?.date.slice(0, 7));
    expect(months.at(-1)).toBe(all.at(-1)?.date.slice(0, 7));
  });
  it('sorts exactly as the reference comparator, whatever order the records come in', () => {
    const big = generate(20_000);
    const sorted = [...big].sort(timelineOrder);
    const ids = (xs: readonly Activity[]) => xs.map((a) => a.id);
    expect(ids(planTimeline(big).items)).toEqual(ids(sorted));
    expect(ids(planTimeline([...big].reverse()).items)).toEqual(ids(sorted));
    // In date order but not by end date and id within a day: the path the database's date order takes.
    const byDate = [...big].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).reverse();
    byDate.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    expect(ids(planTimeline(byDate).items)).toEqual(ids(sorted));
    expect(planTimeline([])).toEqual({ items: [], months: [], extent: null });
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
