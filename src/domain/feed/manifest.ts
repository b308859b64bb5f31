import { z } from 'zod';
import { sourceSchema } from '../source';

export const FEED_FORMAT = 'agenda-exterior.feed';
export const FEED_VERSION = 1;
/** What a feed's address names: its manifest. Chunks sit next to it, under `chunks/`. */
export const MANIFEST_NAME = 'feed.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'sha256.format' });

/**
 * A chunk's path is relative to the manifest and stays below it: a manifest cannot send the app to another host
 * or to a parent folder of the feed. (A host beyond the CSP's connect-src is refused by the browser too, where the
 * server sends the policy as a header, which binds the feed worker: see scripts/vite/csp.ts.)
 */
const chunkPath = z.string().regex(/^chunks\/[0-9a-f]{64}\.json$/, { message: 'chunk.path' });

export const chunkRefSchema = z
  .object({ path: chunkPath, sha256, records: z.number().int().min(0) })
  .strict()
  .refine((c) => c.path === `chunks/${c.sha256}.json`, { message: 'chunk.path' });

export const feedManifestSchema = z
  .object({
    format: z.literal(FEED_FORMAT),
    version: z.literal(FEED_VERSION),
    title: z.string().trim().min(1),
    generated: z.iso.datetime(),
    sources: z.array(sourceSchema),
    chunks: z.array(chunkRefSchema),
  })
  .strict()
  .refine((m) => new Set(m.chunks.map((c) => c.sha256)).size === m.chunks.length, { message: 'chunk.duplicate' });

export type FeedManifest = z.infer<typeof feedManifestSchema>;
export type ChunkRef = z.infer<typeof chunkRefSchema>;

/** Why a manifest was refused, in codes the Feeds page words in the analyst's language. */
export type ManifestProblem =
  | { code: 'manifest.notJson' }
  | { code: 'manifest.format'; value: string }
  | { code: 'manifest.version'; value: string }
  | { code: 'manifest.invalid'; field: string };

export type ManifestParse = { ok: true; manifest: FeedManifest } | { ok: false; problem: ManifestProblem };

/**
 * Reads a manifest. The format and the version are checked first and named on their own, so a feed written by a
 * newer app says "version 2 is not supported" rather than listing every field it does not recognise.
 */
export function parseManifest(text: string): ManifestParse {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { code: 'manifest.notJson' } };
  }
  const obj = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  if (obj.format !== FEED_FORMAT)
    return { ok: false, problem: { code: 'manifest.format', value: String(JSON.stringify(obj.format ?? null)) } };
  if (obj.version !== FEED_VERSION)
    return { ok: false, problem: { code: 'manifest.version', value: String(JSON.stringify(obj.version ?? null)) } };
  const parsed = feedManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : (issue?.message ?? '(manifest)');
    return { ok: false, problem: { code: 'manifest.invalid', field } };
  }
  return { ok: true, manifest: parsed.data };
}

/** A chunk's address: its path resolved against the manifest's address. */
export function chunkUrl(manifestAddress: string, chunk: ChunkRef): string {
  return new URL(chunk.path, manifestAddress).href;
}
