import { describe, expect, it } from 'vitest';
import { embeddedActivities } from '../../db/embedded';
import type { Activity } from '../../domain/activity';
import { generate } from '../../testing/sample';
import { planTimeline } from '../../domain/timeline';
import { rowAt, rowCount, rowOfItem } from './timelineRows';

const embedded: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));

describe('timeline rows', () => {
  it('put each month’s heading before its items', () => {
    const plan = planTimeline(embedded);
    expect(rowCount(plan)).toBe(19 + 3);
    const rows = Array.from({ length: rowCount(plan) }, (_, r) => rowAt(plan, r));
    expect(rows.filter((r) => r?.kind === 'month').map((r) => [rows.indexOf(r), r?.month, r?.count])).toEqual([
      [0, '2025-11', 14],
      [15, '2025-12', 4],
      [20, '2026-01', 1],
    ]);
    expect(rows[21]).toMatchObject({ kind: 'item', index: 18, pos: 1, count: 1, month: '2026-01' });
    expect(rows[21]?.kind === 'item' && rows[21].activity.id).toBe('us-secretary-of-state-visit-to-peru');
    expect(rows[16]).toMatchObject({ kind: 'item', index: 14, pos: 1, count: 4, month: '2025-12' });
    expect(rowAt(plan, -1)).toBeNull();
    expect(rowAt(plan, 22)).toBeNull();
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
