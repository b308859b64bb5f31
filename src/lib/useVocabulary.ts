import { useVocabularyQuery } from '../db/vocabularyQueries';
import { embeddedVocabulary } from '../domain/taxonomyData';
import type { MergedVocabulary } from '../domain/vocabulary';

/**
 * The vocabulary to label and list with: the embedded taxonomy plus the analyst's entries. While the analyst's
 * entries load (a few ms after the database opens) the embedded taxonomy stands in; `ready` says which it is.
 */
export function useVocabulary(): MergedVocabulary {
  return useVocabularyQuery().data ?? embeddedVocabulary;
}

export function useVocabularyReady(): boolean {
  return useVocabularyQuery().isSuccess;
}
