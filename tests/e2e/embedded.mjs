// The embedded data set as the built app ships it, read from data/ with plain loops: e2e tests compute their
// expectations from it, so adding a release to data/ never breaks them.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const readDir = (dir, key) =>
  readdirSync(resolve(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(resolve(root, dir, f), 'utf8'))[key]);

export const EMBEDDED = readDir('data/activities', 'activities');
export const SOURCES = readDir('data/sources', 'sources');
const taxonomy = JSON.parse(readFileSync(resolve(root, 'data/taxonomy.json'), 'utf8'));

export const countWhere = (keep) => EMBEDDED.filter(keep).length;

/** The last day a record's date stands for. */
export function lastDay(a) {
  const [y, m] = [Number(a.date.slice(0, 4)), Number(a.date.slice(5, 7))];
  const monthEnd = (month) => new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
  if (a.datePrecision === 'month') return monthEnd(m);
  if (a.datePrecision === 'quarter') return monthEnd(Math.ceil(m / 3) * 3);
  if (a.datePrecision === 'range') return a.endDate ?? a.date;
  return a.date;
}

/** Records under way at some point of a month ("2025-12"). */
export const underWayIn = (month) => countWhere((a) => a.date <= `${month}-31` && lastDay(a) >= `${month}-01`);

/** Records that start in a month. */
export const startingIn = (month) => countWhere((a) => a.date.startsWith(month));

/**
 * The months that have a heading of their own on the timeline: those a record's whole date lies in (a record known
 * only to a period across months is listed under that period instead).
 */
export const headingMonths = [
  ...new Set(EMBEDDED.filter((a) => lastDay(a).slice(0, 7) === a.date.slice(0, 7)).map((a) => a.date.slice(0, 7))),
].sort();

/** The months records start in, in order. */
export const startMonths = [...new Set(EMBEDDED.map((a) => a.date.slice(0, 7)))].sort();

/** "2025-12" → { from: "2025-12-01", to: "2025-12-31" }. */
export const monthBounds = (month) => ({
  from: `${month}-01`,
  to: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10),
});

/** The month before "2026-01": "2025-12". */
export const monthBefore = (month) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1)).toISOString().slice(0, 7);

export const monthName = (month) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A count as the English interface prints it: "1 activity", "1,102 activities". */
export const activitiesText = (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'activity' : 'activities'}`;

export const themeLabel = (id) => taxonomy.themes.find((t) => t.id === id)?.label.en;

/** Organisations the taxonomy places on the map (those with a headquarters). */
export const HEADQUARTERED = new Set(taxonomy.organizations.filter((o) => o.headquarters).map((o) => o.id));
