import type { Activity } from '../domain/activity';

type Dated = Pick<Activity, 'date' | 'datePrecision' | 'endDate'>;

/**
 * A test oracle for monthFit.ts that shares no code with it: it walks the calendar one day at a time with Date.
 * An activity is certain in a month when every day it may have happened on lies in that month, possible when
 * only some do.
 */
export function daysOf(a: Dated): string[] {
  const start = new Date(`${a.date}T00:00:00Z`);
  const endOf: Record<Activity['datePrecision'], () => Date> = {
    day: () => start,
    range: () => new Date(`${a.endDate ?? a.date}T00:00:00Z`),
    month: () => new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)),
    quarter: () => new Date(Date.UTC(start.getUTCFullYear(), Math.floor(start.getUTCMonth() / 3) * 3 + 3, 0)),
  };
  const end = endOf[a.datePrecision]();
  const out: string[] = [];
  for (let d = new Date(start); d <= end; d = new Date(d.getTime() + 864e5)) out.push(d.toISOString().slice(0, 10));
  return out;
}

/** The months (YYYY-MM) an activity may have happened in. */
export const monthsOf = (a: Dated) => new Set(daysOf(a).map((d) => d.slice(0, 7)));

/** Month → activities certainly in it and activities that may be, for the months any activity touches. */
export function monthOracle(activities: readonly Dated[]): Map<string, { certain: number; possible: number }> {
  const m = new Map<string, { certain: number; possible: number }>();
  for (const a of activities) {
    const months = monthsOf(a);
    for (const k of months) {
      const row = m.get(k) ?? { certain: 0, possible: 0 };
      if (months.size === 1) row.certain++;
      else row.possible++;
      m.set(k, row);
    }
  }
  return m;
}

/** Activities whose date spans more than one month. */
export const spanningMonths = (activities: readonly Dated[]) => activities.filter((a) => monthsOf(a).size > 1);

/** Every month from the first to the last an activity touches, by walking the calendar. */
export function oracleMonths(activities: readonly Dated[]): string[] {
  const keys = [...monthOracle(activities).keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last) return [];
  const out: string[] = [];
  for (
    let d = new Date(`${first}-01T00:00:00Z`);
    d.toISOString().slice(0, 7) <= last;
    d.setUTCMonth(d.getUTCMonth() + 1)
  )
    out.push(d.toISOString().slice(0, 7));
  return out;
}
