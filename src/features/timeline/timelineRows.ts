import type { Activity } from '../../domain/activity';
import type { TimelineGroup, TimelinePlan } from '../../domain/timeline';

/**
 * The timeline as the list draws it: one row per heading (a month, or a period that crosses months) followed by
 * that group's items. Rows are worked out on demand from the groups (a binary search over a few dozen), not stored:
 * at 100k items only the rows near the viewport are ever asked for.
 */
export type TimelineRow =
  | { kind: 'heading'; group: TimelineGroup }
  /** `index`: the item's place in the whole list; `pos`: its place within its group (1-based), of `group.count`. */
  | { kind: 'item'; activity: Activity; group: TimelineGroup; index: number; pos: number };

/** Rows before each group's heading: group g's heading is row `first + g`. */
const headingRow = (g: TimelineGroup, i: number) => g.first + i;

export function rowCount(plan: TimelinePlan): number {
  return plan.items.length + plan.groups.length;
}

/** The last group whose value `of` is at most `x`. */
function groupAt(groups: readonly TimelineGroup[], x: number, of: (g: TimelineGroup, i: number) => number): number {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (of(groups[mid] as TimelineGroup, mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rowAt(plan: TimelinePlan, row: number): TimelineRow | null {
  if (row < 0 || row >= rowCount(plan)) return null;
  const g = groupAt(plan.groups, row, headingRow);
  const group = plan.groups[g] as TimelineGroup;
  const offset = row - headingRow(group, g);
  if (offset === 0) return { kind: 'heading', group };
  const index = group.first + offset - 1;
  return { kind: 'item', activity: plan.items[index] as Activity, group, index, pos: offset };
}

/** The row of the item at `index` in the whole list. */
export function rowOfItem(plan: TimelinePlan, index: number): number {
  const g = groupAt(plan.groups, index, (x) => x.first);
  return index + g + 1;
}
