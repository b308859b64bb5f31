import type { Activity } from './activity';
import { activityInterval } from './dates';
import type { Filters, ListParam } from './filters';
import { LIST_PARAMS } from './filters';

/**
 * An in-memory index over one array of activities: for each filter value, the positions of the records that carry
 * it, plus each record's interval and (once a text search asks for it) its folded text. Built once per array (the
 * query cache hands out a new array per data-set version), so a filter change visits only the records of its most
 * selective parameter instead of testing every record against every parameter.
 */
export interface ActivityIndex {
  readonly records: readonly Activity[];
  readonly postings: Record<ListParam, Map<string, number[]>>;
  /** First and last day each record covers (by its precision) as yyyymmdd numbers, worked out once. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Folded title and summary text per record, filled on the first text search. */
  folded: string[] | null;
}

function valuesOf(a: Activity, p: ListParam): readonly string[] | string {
  switch (p) {
    case 'country':
      return a.countries;
    case 'theme':
      return a.themes;
    case 'type':
      return a.type;
    case 'org':
      return a.organizations;
  }
}

export function buildIndex(records: readonly Activity[]): ActivityIndex {
  const postings = {} as Record<ListParam, Map<string, number[]>>;
  for (const p of LIST_PARAMS) postings[p] = new Map();
  const starts = new Int32Array(records.length);
  const ends = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const a = records[i] as Activity;
    starts[i] = dayNumber(a.date);
    ends[i] = dayNumber(activityInterval(a)[1]);
    for (const p of LIST_PARAMS) {
      const v = valuesOf(a, p);
      const map = postings[p];
      if (typeof v === 'string') add(map, v, i);
      // A value listed twice in one record still counts the record once.
      else for (let k = 0; k < v.length; k++) if (v.indexOf(v[k] as string) === k) add(map, v[k] as string, i);
    }
  }
  return { records, postings, starts, ends, folded: null };
}

/** 2025-12-10 → 20251210: ISO dates compare as these numbers do, without touching a string per record. */
export function dayNumber(iso: string): number {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

function add(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

const cache = new WeakMap<readonly Activity[], ActivityIndex>();

/** The index of `records`, built on first use and kept as long as the array itself is alive. */
export function indexOf(records: readonly Activity[]): ActivityIndex {
  let ix = cache.get(records);
  if (!ix) {
    ix = buildIndex(records);
    cache.set(records, ix);
  }
  return ix;
}

/**
 * Positions of the records that carry any of `values` for `p`, in ascending order (so results keep the input's
 * order). One value: its posting list as is; several: merged and de-duplicated.
 */
function positions(ix: ActivityIndex, p: ListParam, values: readonly string[]): readonly number[] {
  const lists = values.map((v) => ix.postings[p].get(v) ?? []);
  if (lists.length === 1) return lists[0] as number[];
  const merged = Uint32Array.from(lists.flat()).sort();
  const out: number[] = [];
  for (let k = 0; k < merged.length; k++) if (k === 0 || merged[k] !== merged[k - 1]) out.push(merged[k] as number);
  return out;
}

/** The parameter whose selected values cover the fewest records, with those records' positions. */
function narrowest(ix: ActivityIndex, f: Filters): { param: ListParam; at: readonly number[] } | null {
  let best: { param: ListParam; size: number } | null = null;
  for (const p of LIST_PARAMS) {
    if (f[p].length === 0) continue;
    let size = 0;
    for (const v of f[p]) size += ix.postings[p].get(v)?.length ?? 0;
    if (!best || size < best.size) best = { param: p, size };
  }
  return best && { param: best.param, at: positions(ix, best.param, f[best.param]) };
}

export function foldedTexts(ix: ActivityIndex, fold: (s: string) => string): string[] {
  ix.folded ??= ix.records.map((a) => fold(`${a.title.es} ${a.title.en} ${a.summary.es} ${a.summary.en}`));
  return ix.folded;
}

/** Marks the positions of the records carrying any of `values` for `p`: one byte per record. */
function marks(ix: ActivityIndex, p: ListParam, values: readonly string[]): Uint8Array {
  const m = new Uint8Array(ix.records.length);
  for (const v of values) for (const i of ix.postings[p].get(v) ?? []) m[i] = 1;
  return m;
}

/**
 * The records of the index that pass `f`, in their original order; the same answer as testing each record with
 * `matchesFilters` (the tests compare both on generated data). Only the index's arrays are read until a record is
 * known to pass the list and date filters: at 100k records, reaching into each record object (scattered over the
 * heap) cost more than the tests themselves.
 */
export function filterIndexed(ix: ActivityIndex, f: Filters, foldedQuery: string, fold: (s: string) => string) {
  const { records, starts, ends } = ix;
  const narrow = narrowest(ix, f);
  const others = LIST_PARAMS.filter((p) => f[p].length > 0 && p !== narrow?.param).map((p) => marks(ix, p, f[p]));
  const from = f.from ? dayNumber(f.from) : null;
  const to = f.to ? dayNumber(f.to) : null;
  const texts = foldedQuery ? foldedTexts(ix, fold) : null;
  const out: Activity[] = [];
  const at: number[] = [];
  const n = narrow ? narrow.at.length : records.length;
  next: for (let k = 0; k < n; k++) {
    const i = narrow ? (narrow.at[k] as number) : k;
    for (const m of others) if (m[i] === 0) continue next;
    // monthFit's rule (not 'outside'), on day numbers kept in the index; activityIndex.test checks both agree.
    if (from !== null && (ends[i] as number) < from) continue;
    if (to !== null && (starts[i] as number) > to) continue;
    if (texts && !(texts[i] as string).includes(foldedQuery)) continue;
    out.push(records[i] as Activity);
    at.push(i);
  }
  placed.set(out, { records, at });
  return out;
}

/**
 * Where the records of a filtered array sit in the array it was filtered from: lets a derivation that keeps
 * per-record tables for the whole data set (themeTallies' codes) read them by position instead of by object.
 */
export interface Placement {
  records: readonly Activity[];
  at: readonly number[];
}
const placed = new WeakMap<readonly Activity[], Placement>();

/** The placement of `filtered` when filterIndexed made it, else undefined. */
export function placementOf(filtered: readonly Activity[]): Placement | undefined {
  return placed.get(filtered);
}
