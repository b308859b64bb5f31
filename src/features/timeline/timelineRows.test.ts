import { describe, expect, it } from 'vitest';
import type { Activity } from '../../domain/activity';
import { generate } from '../../testing/sample';
import { releaseFixture } from '../../testing/releaseFixture';
import { planTimeline } from '../../domain/timeline';
import { rowAt, rowCount, rowOfItem } from './timelineRows';

/** One release's 19 records, a fixed set: the rows below are that release's. */
const embedded: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));

describe('timeline rows', () => {
  it('put each heading, a month’s or a period’s, before its items', () => {
    const plan = planTimeline(embedded);
    expect(rowCount(plan)).toBe(19 + 4);
    const rows = Array.from({ length: rowCount(plan) }, (_, r) => rowAt(plan, r));
    // November's four days, the ten ranges of 10 Nov – 10 Dec 2025, December's four days, the Q1 2026 visit.
    expect(
      rows.flatMap((r, i) =>
        r?.kind === 'heading' ? [[i, r.group.month, r.group.period !== null, r.group.count]] : [],
      ),
    ).toEqual([
      [0, '2025-11', false, 4],
      [5, '2025-11', true, 10],
      [16, '2025-12', false, 4],
      [21, '2026-01', true, 1],
    ]);
    expect(rows[22]).toMatchObject({ kind: 'item', index: 18, pos: 1 });
    expect(rows[22]?.kind === 'item' && rows[22].activity.id).toBe('us-secretary-of-state-visit-to-peru');
    expect(rows[22]?.kind === 'item' && rows[22].group.period).toEqual({
      date: '2026-01-01',
      datePrecision: 'quarter',
    });
    expect(rows[17]).toMatchObject({ kind: 'item', index: 14, pos: 1, group: { month: '2025-12', count: 4 } });
    expect(rows[6]).toMatchObject({ kind: 'item', index: 4, pos: 1, group: { month: '2025-11', count: 10 } });
    expect(rows[6]?.kind === 'item' && rows[6].activity.datePrecision).toBe('range');
    expect(rowAt(plan, -1)).toBeNull();
    expect(rowAt(plan, 23)).toBeNull();
  });
  it('find the row of every item, and rowAt gives that item back', () => {
    const plan = planTimeline(generate(5_000, 9));
    for (let i = 0; i < plan.items.length; i++) {
      const row = rowAt(plan, rowOfItem(plan, i));
      expect(row?.kind === 'item' && row.index === i && row.activity === plan.items[i]).toBe(true);
    }
    expect(rowOfItem(plan, plan.items.length - 1)).toBe(rowCount(plan) - 1);
    expect(rowOfItem(plan, 0)).toBe(1);
  });
});
