import type { ActivityType, Organization, Theme } from '../domain/taxonomy';
import { taxonomy } from '../domain/taxonomyData';
import {
  mergeVocabulary,
  type AddedVocabulary,
  type MergedVocabulary,
  type VocabularyEntry,
  type VocabularyKind,
} from '../domain/vocabulary';
import type { AgendaDatabase, VocabularyRow } from './database';
import { vocabularyKey } from './names';
import { openDb } from './openDb';
import { ensureSeeded } from './seed';

/**
 * Repository of the analyst's vocabulary entries (table `vocabulary`, Dexie v3): the reads, which every view needs at
 * start-up. The writes, which check entries with zod, are in vocabularyWrites.ts and load with the pages that write.
 */

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

export async function listAddedVocabulary(db?: AgendaDatabase): Promise<AddedVocabulary> {
  await ensureSeeded();
  return groupRows(await (db ?? (await openDb())).vocabulary.orderBy('key').toArray());
}

/** The embedded taxonomy plus the analyst's entries: what every view labels and every check validates with. */
export async function readVocabulary(): Promise<MergedVocabulary> {
  return mergeVocabulary(taxonomy, await listAddedVocabulary());
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
