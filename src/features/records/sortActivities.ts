import type { Activity } from '../../domain/activity';
import type { Lang } from '../../i18n/lang';

export const SORT_KEYS = ['date', 'title', 'type', 'countries', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export function parseSort(params: URLSearchParams): { key: SortKey; dir: SortDir } {
  const k = params.get('sort');
  const key = (SORT_KEYS as readonly string[]).includes(k ?? '') ? (k as SortKey) : 'date';
  const dir: SortDir =
    params.get('dir') === 'asc' ? 'asc' : params.get('dir') === 'desc' ? 'desc' : key === 'date' ? 'desc' : 'asc';
  return { key, dir };
}

function sortValue(a: Activity, key: SortKey, lang: Lang, typeLabel: (id: string) => string): string {
  switch (key) {
    case 'date':
      return a.date;
    case 'title':
      return a.title[lang];
    case 'type':
      return typeLabel(a.type);
    case 'countries':
      return a.countries.join(',');
    case 'status':
      return a.status;
  }
}

/** A stable sort: ties keep date order, then id, so the table never reshuffles between renders. */
export function sortActivities(
  list: readonly Activity[],
  key: SortKey,
  dir: SortDir,
  lang: Lang,
  typeLabel: (id: string) => string,
): Activity[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sign = dir === 'asc' ? 1 : -1;
  return [...list].sort(
    (a, b) =>
      sign * collator.compare(sortValue(a, key, lang, typeLabel), sortValue(b, key, lang, typeLabel)) ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  );
}
