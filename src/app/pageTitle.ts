import { formatMonth } from '../domain/dates';
import { parseMonth } from '../domain/monthReview';
import { capitalise } from '../ui/charts/captions';

/** Which page a path shows, as a key of `common:page.*` (the tab's title names the page). */
export type PageKey =
  | 'overview'
  | 'timeline'
  | 'map'
  | 'themes'
  | 'records'
  | 'record'
  | 'newRecord'
  | 'editRecord'
  | 'import'
  | 'feeds'
  | 'vocabulary'
  | 'briefing'
  | 'month'
  | 'compare'
  | 'notFound';

const FIXED: Record<string, PageKey> = {
  '': 'overview',
  timeline: 'timeline',
  map: 'map',
  themes: 'themes',
  records: 'records',
  import: 'import',
  feeds: 'feeds',
  // Bare `/month` (the main menu's link) opens the month of the latest activity once the data are there.
  month: 'month',
  vocabulary: 'vocabulary',
  briefing: 'briefing',
  compare: 'compare',
};

export function pageOf(pathname: string): PageKey {
  const parts = pathname.split('/').filter(Boolean);
  const [first = '', second, third] = parts;
  if (parts.length <= 1 && first in FIXED) return FIXED[first] ?? 'notFound';
  if (first === 'records' && second === 'new' && parts.length === 2) return 'newRecord';
  if (first === 'records' && second && parts.length === 2) return 'record';
  if (first === 'records' && second && third === 'edit' && parts.length === 3) return 'editRecord';
  if (first === 'month' && parts.length === 2) return 'month';
  return 'notFound';
}

/**
 * The page's name for the tab: "Records", or for a month in review the month first ("November 2025 · Month in
 * review"), since several month tabs open side by side are told apart by their month.
 */
export function pageName(pathname: string, t: (key: string) => string, locale: string): string {
  const page = pageOf(pathname);
  const name = t(`page.${page}`);
  const month = page === 'month' ? parseMonth(pathname.split('/').filter(Boolean)[1]) : null;
  return month ? `${capitalise(formatMonth(month, locale), locale)} · ${name}` : name;
}

/**
 * "Chile, Migration · Records — Agenda Exterior": the filter first, since browser tabs cut titles at the end.
 * At most `max` values are named; the rest are counted ("+2"), so a long filter cannot push the page name out.
 */
export function composeTitle(page: string, app: string, filterLabels: readonly string[], max = 2): string {
  const named = filterLabels.slice(0, max).join(', ');
  const more = filterLabels.length > max ? ` +${filterLabels.length - max}` : '';
  return filterLabels.length ? `${named}${more} · ${page} — ${app}` : `${page} — ${app}`;
}
