import { ACTIVITIES_FORMAT, ACTIVITIES_VERSION, type ActivityFile } from '../activity';
import type { Source } from '../source';
import { sha256Hex } from './hash';
import { FEED_FORMAT, FEED_VERSION, type FeedManifest } from './manifest';

export interface BuiltFeed {
  manifest: FeedManifest;
  /** `feed.json`'s text. */
  manifestText: string;
  chunks: { path: string; bytes: Uint8Array }[];
}

export interface BuildOptions {
  title: string;
  /** ISO timestamp written as `generated`; the caller fixes it to rebuild a manifest byte for byte. */
  generated: string;
  /** Every source the caller knows; the manifest lists those the records cite. */
  sources: readonly Source[];
}

/** The chunk a record goes to: its month. A correction to one record then changes one chunk of a few hundred. */
export const chunkKey = (a: ActivityFile): string => a.date.slice(0, 7);

/**
 * A chunk file: the activities format, records in id order, compact. The bytes depend on the records alone (not
 * on the order they came in, nor on when or where the build ran), so an unchanged month keeps its hash and the
 * app does not download it again.
 */
export function chunkText(records: readonly ActivityFile[]): string {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return JSON.stringify({ format: ACTIVITIES_FORMAT, version: ACTIVITIES_VERSION, activities: sorted });
}

/** Publishes records as a static feed: one content-addressed chunk per month and a manifest listing them. */
export async function buildFeed(records: readonly ActivityFile[], options: BuildOptions): Promise<BuiltFeed> {
  const byMonth = new Map<string, ActivityFile[]>();
  for (const r of records) {
    const key = chunkKey(r);
    const list = byMonth.get(key);
    if (list) list.push(r);
    else byMonth.set(key, [r]);
  }
  const encoder = new TextEncoder();
  const months = [...byMonth.keys()].sort();
  const chunks: BuiltFeed['chunks'] = [];
  const refs: FeedManifest['chunks'] = [];
  for (const month of months) {
    const list = byMonth.get(month) ?? [];
    const bytes = encoder.encode(chunkText(list));
    const sha256 = await sha256Hex(bytes);
    const path = `chunks/${sha256}.json`;
    chunks.push({ path, bytes });
    refs.push({ path, sha256, records: list.length });
  }
  const cited = new Set(records.map((r) => r.source.id));
  const manifest: FeedManifest = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    title: options.title,
    generated: options.generated,
    sources: options.sources.filter((s) => cited.has(s.id)),
    chunks: refs,
  };
  return { manifest, manifestText: `${JSON.stringify(manifest, null, 2)}\n`, chunks };
}
