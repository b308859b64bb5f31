import type { Activity } from '../../domain/activity';
import { monthBounds } from '../../domain/dates';
import { monthFit, type TimeTally } from '../../domain/monthFit';

type Dated = Pick<Activity, 'date' | 'datePrecision' | 'endDate'>;

/** How many months the month page's chart shows: the month and the five before it. */
export const WINDOW = 6;

export interface MonthWindow {
  /** First and last month shown (YYYY-MM). */
  first: string;
  last: string;
  /** The months' counts, under the date filter's rule (monthFit), ready for timeChartText. */
  tally: TimeTally;
  /** Activities that certainly or possibly fall in some month of the window. */
  total: number;
}

/**
 * The month and the months before it, counted month by month the way the date filter lists them: an activity dated
 * within a month is certain there; one known only to a longer period is possible in each month of the window it
 * may fall in. Every month of the window has a row, empty ones too — but none before `earliest`, the first month of
 * the data set: a month nobody has recorded yet is not a month with no activity.
 */
export function monthWindow(
  activities: readonly Dated[],
  month: string,
  earliest: string | null = null,
  span = WINDOW,
): MonthWindow {
  const months = Array.from({ length: span }, (_, i) =>
    monthBounds(`${month}-01`, i - span + 1).from.slice(0, 7),
  ).filter((m) => !earliest || m >= earliest || m === month);
  const rows = months.map((key) => ({ key, certain: 0, possible: 0 }));
  let spanning = 0;
  let total = 0;
  for (const a of activities) {
    let touched = false;
    let possible = false;
    rows.forEach((row) => {
      const fit = monthFit(a, row.key);
      if (fit === 'certain') row.certain++;
      else if (fit === 'possible') {
        row.possible++;
        possible = true;
      }
      touched ||= fit !== 'outside';
    });
    if (touched) total++;
    if (possible) spanning++;
  }
  return { first: months[0] ?? month, last: month, tally: { grain: 'month', rows, spanning }, total };
}

/** The URL search of the page's filters with the dates set to `from`–`to`: what an export of that span is under. */
export function searchWithDates(search: string, from: string, to: string): string {
  const params = new URLSearchParams(search);
  params.set('from', from);
  params.set('to', to);
  return `?${params.toString()}`;
}
