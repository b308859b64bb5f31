import type { VocabularyKind } from '../domain/vocabulary';

/**
 * The database's name and key formats, for code that needs them without the database's code (Dexie, loaded with
 * database.ts only when the page first reads or writes; see openDb.ts).
 */
export const DB_NAME = 'agenda-exterior';

export const vocabularyKey = (kind: VocabularyKind, id: string) => `${kind}:${id}`;
