import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../db/embedded';
import type { Activity } from './activity';
import { generate, rec } from './aggregate.testdata';
import {
  TIMELINE_LIMIT,
  earliest,
  extentOf,
  groupByMonth,
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
    expect(plan.groups.map((g) => [g.month, g.items.map((a) => a.id)])).toEqual([
      ['2025-11', ['day', 'range']],
      ['2025-12', ['late']],
      ['2026-01', ['q']],
    ]);
    expect(plan.extent).toEqual(['2025-11-10', '2026-03-31']);
    expect(plan.truncated).toBe(false);
  });
  it('on the release: three months, November first, the Rubio visit alone in January 2026', () => {
    const plan = planTimeline(embedded);
    expect(plan.groups.map((g) => [g.month, g.items.length])).toEqual([
      ['2025-11', 14],
      ['2025-12', 4],
      ['2026-01', 1],
    ]);
    expect(plan.groups[2]?.items[0]?.id).toBe('us-secretary-of-state-visit-to-peru');
  });
  it('on 100,000 generated records lists only the earliest 300, in order', () => {
    const plan = planTimeline(generate(100_000));
    expect(plan.total).toBe(100_000);
    expect(plan.shown).toBe(TIMELINE_LIMIT);
    expect(plan.truncated).toBe(true);
    const items = plan.groups.flatMap((g) => g.items);
    expect(items).toHaveLength(300);
    expect(items.every((a, i) => i === 0 || (items[i - 1]?.date ?? '') <= a.date)).toBe(true);
    expect(plan.groups[0]?.month).toBe('2023-01');
  });
  it('keeps exactly the first items of a full sort, whatever order the records come in', () => {
    const big = generate(20_000);
    const sorted = [...big].sort(timelineOrder);
    const ids = (xs: readonly Activity[]) => xs.map((a) => a.id);
    expect(ids(earliest(big, 300))).toEqual(ids(sorted.slice(0, 300)));
    expect(ids(earliest([...big].reverse(), 50))).toEqual(ids(sorted.slice(0, 50)));
    expect(ids(earliest(sorted, 7))).toEqual(ids(sorted.slice(0, 7)));
    expect(earliest(big, 0)).toEqual([]);
  });
  it('groupByMonth keeps runs of the same month together', () => {
    expect(groupByMonth([]).length).toBe(0);
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
