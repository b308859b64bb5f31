import type { Activity } from '../../domain/activity';
import type { MonthSpan, TimelinePlan } from '../../domain/timeline';

/**
 * The timeline as the list draws it: one row per month heading followed by that month's items. Rows are worked out
 * on demand from the months (a binary search over a few dozen), not stored: at 100k items only the rows near the
 * viewport are ever asked for.
 */
export type TimelineRow =
  | { kind: 'month'; month: string; count: number }
  /** `index`: the item's place in the whole list; `pos`: its place within its month (1-based), of `count`. */
  | { kind: 'item'; activity: Activity; month: string; index: number; pos: number; count: number };

/** Rows before each month's heading: month m's heading is row `first + m`. */
const headingRow = (m: MonthSpan, i: number) => m.first + i;

export function rowCount(plan: TimelinePlan): number {
  return plan.items.length + plan.months.length;
}

/** The last month whose value `of` is at most `x`. */
function monthAt(months: readonly MonthSpan[], x: number, of: (m: MonthSpan, i: number) => number): number {
  let lo = 0;
  let hi = months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (of(months[mid] as MonthSpan, mid) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function rowAt(plan: TimelinePlan, row: number): TimelineRow | null {
  if (row < 0 || row >= rowCount(plan)) return null;
  const m = monthAt(plan.months, row, headingRow);
  const month = plan.months[m] as MonthSpan;
  const offset = row - headingRow(month, m);
  if (offset === 0) return { kind: 'month', month: month.month, count: month.count };
  const index = month.first + offset - 1;
  return {
    kind: 'item',
    activity: plan.items[index] as Activity,
    month: month.month,
    index,
    pos: offset,
    count: month.count,
  };
}

/** The row of the item at `index` in the whole list. */
export function rowOfItem(plan: TimelinePlan, index: number): number {
  const m = monthAt(plan.months, index, (x) => x.first);
  return index + m + 1;
}
