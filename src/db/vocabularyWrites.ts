import type { Carried } from '../domain/formats/carried';
import { taxonomy } from '../domain/taxonomyData';
import { mergeVocabulary, type VocabularyEntry, type VocabularyKind } from '../domain/vocabulary';
import { buildEntry, type EntryInput, type EntryProblem } from '../domain/vocabularyEntry';
import { getDb, vocabularyKey } from './database';
import { ensureSeeded } from './seed';
import { mergeSource } from './sources';
import { groupRows, rowsFor } from './vocabulary';

/** Writes to the analyst's vocabulary (the reads are in vocabulary.ts). */

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
