import type { Carried } from '../domain/formats/carried';
import type { ActivityType, Organization, Theme } from '../domain/taxonomy';
import { taxonomy } from '../domain/taxonomyData';
import {
  mergeVocabulary,
  type AddedVocabulary,
  type MergedVocabulary,
  type VocabularyEntry,
  type VocabularyKind,
} from '../domain/vocabulary';
import { buildEntry, type EntryInput, type EntryProblem } from '../domain/vocabularyEntry';
import { getDb, vocabularyKey, type AgendaDatabase, type VocabularyRow } from './database';
import { ensureSeeded } from './seed';
import { mergeSource } from './sources';

/** Repository of the analyst's vocabulary entries (table `vocabulary`, Dexie v3). */

export function groupRows(rows: readonly VocabularyRow[]): AddedVocabulary {
  const themes: Theme[] = [];
  const activityTypes: ActivityType[] = [];
  const organizations: Organization[] = [];
  for (const r of rows) {
    if (r.kind === 'theme') themes.push(r.entry as Theme);
    else if (r.kind === 'type') activityTypes.push(r.entry as ActivityType);
    else organizations.push(r.entry as Organization);
  }
  return { themes, activityTypes, organizations };
}

export async function listAddedVocabulary(db: AgendaDatabase = getDb()): Promise<AddedVocabulary> {
  await ensureSeeded();
  return groupRows(await db.vocabulary.orderBy('key').toArray());
}

/** The embedded taxonomy plus the analyst's entries: what every view labels and every check validates with. */
export async function readVocabulary(): Promise<MergedVocabulary> {
  return mergeVocabulary(taxonomy, await listAddedVocabulary());
}

export class VocabularyEntryError extends Error {
  constructor(readonly problems: EntryProblem[]) {
    super(`Vocabulary entry refused: ${problems.map((p) => `${p.field} ${p.code}`).join(', ')}`);
    this.name = 'VocabularyEntryError';
  }
}

/**
 * Adds one entry (vocabulary page, drafting review). The check against the merged vocabulary runs inside the
 * write transaction, so two tabs adding the same id cannot both succeed. Throws VocabularyEntryError, whose
 * `problems` name each refused field.
 */
export async function addVocabularyEntry(
  kind: VocabularyKind,
  input: EntryInput,
  now = new Date(),
): Promise<VocabularyEntry> {
  await ensureSeeded();
  const db = getDb();
  return db.transaction('rw', db.vocabulary, async () => {
    const merged = mergeVocabulary(taxonomy, groupRows(await db.vocabulary.toArray()));
    const built = buildEntry(kind, input, merged);
    if (!built.ok) throw new VocabularyEntryError(built.problems);
    await db.vocabulary.add({
      key: vocabularyKey(kind, built.entry.id),
      kind,
      entry: built.entry,
      addedAt: now.toISOString(),
    });
    return built.entry;
  });
}

/** Rows for entries read from a file (backup, JSON export), skipping ids the vocabulary already has. */
export function rowsFor(added: AddedVocabulary, known: MergedVocabulary, at: string): VocabularyRow[] {
  const rows: VocabularyRow[] = [];
  const push = (kind: VocabularyKind, entry: VocabularyEntry, exists: boolean) => {
    if (!exists) rows.push({ key: vocabularyKey(kind, entry.id), kind, entry, addedAt: at });
  };
  for (const e of added.themes) push('theme', e, known.themesById.has(e.id));
  for (const e of added.activityTypes) push('type', e, known.typesById.has(e.id));
  for (const e of added.organizations) push('organization', e, known.orgsById.has(e.id));
  return rows;
}

/**
 * Stores what an imported JSON file carried (the exporter's own entries and releases) ahead of its records.
 * Entries whose id this browser already knows are left as they are, and so is a release the analyst here
 * already stored; an embedded release gains the file's paragraph text. Undoing the import keeps them: they
 * are vocabulary, not records, and other records may use them by then.
 */
export async function storeCarried(carried: Carried, now = new Date()): Promise<void> {
  await ensureSeeded();
  const db = getDb();
  await db.transaction('rw', db.vocabulary, db.sources, async () => {
    const known = mergeVocabulary(taxonomy, groupRows(await db.vocabulary.toArray()));
    await db.vocabulary.bulkPut(rowsFor(carried.vocabulary, known, now.toISOString()));
    const stored = await db.sources.bulkGet(carried.sources.map((s) => s.id));
    const fresh = carried.sources.flatMap((s, i) =>
      stored[i]?.origin === 'analyst' ? [] : [mergeSource(stored[i], s)],
    );
    await db.sources.bulkPut(fresh);
  });
}
