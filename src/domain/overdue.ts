import type { Activity } from './activity';
import { activityInterval } from './dates';

/**
 * True when an activity still said to lie ahead (planned or announced) has a period that has entirely passed: its
 * latest possible day, as precise as its source gives it, is before `today`. A visit planned for Q1 2026 is
 * overdue only from 1 April 2026, since any day of the quarter could have been the one. A held activity never is.
 * `today` (YYYY-MM-DD, the reader's calendar day) is passed in so the result is the same in every test and view.
 */
export function isOverdue(a: Pick<Activity, 'status' | 'date' | 'datePrecision' | 'endDate'>, today: string): boolean {
  if (a.status === 'held') return false;
  return activityInterval(a)[1] < today;
}
