import { isIsoDate } from './isoDate';

/** The one set of filters that drives every view. Parsed from and written to the URL only here. */
export const LIST_PARAMS = ['country', 'theme', 'type', 'org'] as const;
export type ListParam = (typeof LIST_PARAMS)[number];
export const FILTER_PARAMS = [...LIST_PARAMS, 'from', 'to', 'q'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

export interface Filters {
  country: string[];
  theme: string[];
  type: string[];
  org: string[];
  from: string | null;
  to: string | null;
  q: string;
}

export const EMPTY_FILTERS: Filters = { country: [], theme: [], type: [], org: [], from: null, to: null, q: '' };

export interface Vocabulary {
  isCountry: (code: string) => boolean;
  themes: ReadonlySet<string>;
  types: ReadonlySet<string>;
  orgs: ReadonlySet<string>;
}

export type RejectReason = 'unknown' | 'badDate' | 'inverted';
export interface Rejected {
  param: FilterParam;
  value: string;
  reason: RejectReason;
}

export interface ParsedFilters {
  filters: Filters;
  rejected: Rejected[];
}

function splitList(raw: string | null): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseFilters(params: URLSearchParams, vocab: Vocabulary): ParsedFilters {
  const rejected: Rejected[] = [];
  const known: Record<ListParam, (v: string) => boolean> = {
    country: vocab.isCountry,
    theme: (v) => vocab.themes.has(v),
    type: (v) => vocab.types.has(v),
    org: (v) => vocab.orgs.has(v),
  };
  const normalise: Record<ListParam, (v: string) => string> = {
    country: (v) => v.toUpperCase(),
    theme: (v) => v.toLowerCase(),
    type: (v) => v.toLowerCase(),
    org: (v) => v.toUpperCase(),
  };
  const lists = {} as Record<ListParam, string[]>;
  for (const p of LIST_PARAMS) {
    const out: string[] = [];
    for (const raw of splitList(params.get(p))) {
      const v = normalise[p](raw);
      if (!known[p](v)) rejected.push({ param: p, value: raw, reason: 'unknown' });
      else if (!out.includes(v)) out.push(v);
    }
    lists[p] = out;
  }
  const dates: { from: string | null; to: string | null } = { from: null, to: null };
  for (const p of ['from', 'to'] as const) {
    const raw = params.get(p);
    if (raw === null || raw === '') continue;
    if (isIsoDate(raw)) dates[p] = raw;
    else rejected.push({ param: p, value: raw, reason: 'badDate' });
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    rejected.push({ param: 'to', value: dates.to, reason: 'inverted' });
    dates.to = null;
  }
  const q = (params.get('q') ?? '').trim();
  return { filters: { ...lists, ...dates, q }, rejected };
}

/** Writes the filters into `base` (keeping unrelated parameters such as `lang`), dropping empty ones. */
export function writeFilters(filters: Filters, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const p of FILTER_PARAMS) next.delete(p);
  for (const p of LIST_PARAMS) if (filters[p].length > 0) next.set(p, filters[p].join(','));
  if (filters.from) next.set('from', filters.from);
  if (filters.to) next.set('to', filters.to);
  if (filters.q) next.set('q', filters.q);
  return next;
}

export function hasActiveFilters(f: Filters): boolean {
  return LIST_PARAMS.some((p) => f[p].length > 0) || f.from !== null || f.to !== null || f.q !== '';
}

export function toggleValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
