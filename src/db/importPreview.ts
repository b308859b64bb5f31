import type { Activity, ActivityFile } from '../domain/activity';
import { planImport, type ImportPlan } from '../domain/formats/diff';
import type { Source } from '../domain/source';
import { getDb } from './database';
import { ensureSeeded } from './seed';

/** What importing these records would change, against the database as it is now. Reads only. */
export async function previewImport(records: readonly ActivityFile[]): Promise<ImportPlan> {
  await ensureSeeded();
  const db = getDb();
  const found = await db.activities.bulkGet(records.map((r) => r.id));
  const existing = new Map<string, Activity>();
  for (const a of found) if (a) existing.set(a.id, a);
  const sources = await db.sources.toArray();
  return planImport(records, existing, new Set(sources.map((s) => s.id)));
}

/** The sources this browser knows (embedded and any stored), for checking cited paragraphs. */
export async function knownSources(): Promise<Pick<Source, 'id' | 'paragraphs'>[]> {
  await ensureSeeded();
  return getDb().sources.toArray();
}
