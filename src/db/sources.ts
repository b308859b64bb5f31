import { sourceSchema, type Source } from '../domain/source';
import { getDb } from './database';
import { ensureSeeded } from './seed';

/** Repository of the releases the analyst brings in (pasted for drafting, or carried by a file or backup). */

export class SourceRejectedError extends Error {
  constructor(readonly issues: string[]) {
    super(`Source refused: ${issues.join('; ')}`);
    this.name = 'SourceRejectedError';
  }
}

/**
 * Merges an analyst's copy of a release into what is stored under its id: the analyst's fields win, and the
 * gists of a stored copy (e.g. the embedded one) are kept for paragraphs the analyst gives only as text.
 */
export function mergeSource(stored: Source | undefined, incoming: Source): Source {
  if (!stored) return { ...incoming, origin: 'analyst' };
  const gists = new Map(stored.paragraphs.map((p) => [p.number, p.gist]));
  const paragraphs = incoming.paragraphs.map((p) => {
    const gist = p.gist ?? gists.get(p.number);
    return gist ? { ...p, gist } : p;
  });
  return { ...incoming, paragraphs, origin: 'analyst' };
}

/**
 * Saves a release the analyst pasted (drafting) with its full paragraph text, as `origin: 'analyst'`: records
 * citing it are then valid and their record page shows the exact paragraph. The seed never overwrites it.
 */
export async function saveAnalystSource(source: Source): Promise<Source> {
  const parsed = sourceSchema.safeParse({ ...source, origin: 'analyst' });
  if (!parsed.success)
    throw new SourceRejectedError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  await ensureSeeded();
  const db = getDb();
  return db.transaction('rw', db.sources, async () => {
    const merged = mergeSource(await db.sources.get(parsed.data.id), parsed.data);
    await db.sources.put(merged);
    return merged;
  });
}

export async function listAnalystSources(): Promise<Source[]> {
  await ensureSeeded();
  return getDb().sources.where('origin').equals('analyst').toArray();
}
