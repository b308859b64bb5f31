import type { Activity } from '../../domain/activity';
import { formatMonth, monthBounds } from '../../domain/dates';
import type { Translate } from '../../ui/charts/captions';
import { timeChartText } from '../../ui/charts/timeText';
import { monthFit, type TimeTally } from '../../domain/monthFit';
import { B_FROM, B_TO } from '../../domain/periodCompare';

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

/**
 * What the month chart's figure says and is stored under: its id, title, texts and the search of its exports (the
 * page's filters with the window's dates). The figure draws it; "Add this month to the briefing" stores the same.
 */
export function monthChartFigure(t: Translate, ui: Translate, w: MonthWindow, locale: string, search: string) {
  const text = timeChartText(ui, w.tally, w.total, locale, w.last);
  return {
    chartId: `month-${w.last}`,
    // Mid-sentence, so not capitalised: "hasta noviembre de 2025".
    title: t('chart.title', { month: formatMonth(w.last, locale) }),
    text,
    caveat: [text.caption, text.note].filter(Boolean).join(' '),
    exportSearch: searchWithDates(search, monthBounds(`${w.first}-01`).from, monthBounds(`${w.last}-01`).to),
  };
}

/** The month's records are those the date filter lists for it: the page's filters with the month as the dates. */
export function monthSearch(search: string, month: string): string {
  const { from, to } = monthBounds(`${month}-01`);
  return searchWithDates(search, from, to);
}

/**
 * The compare page's address for this month against the previous one, under the page's filters: `from`/`to` are
 * period A, `bfrom`/`bto` period B, as /compare reads them.
 */
export function compareLink(search: string, month: string): string {
  const p = new URLSearchParams(monthSearch(search, month));
  const b = monthBounds(`${month}-01`, -1);
  p.set(B_FROM, b.from);
  p.set(B_TO, b.to);
  return `/compare?${p.toString()}`;
}
