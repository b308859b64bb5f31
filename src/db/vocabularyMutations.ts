import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VocabularyKind } from '../domain/vocabulary';
import type { EntryInput } from '../domain/vocabularyEntry';
import { vocabularyKeys } from './vocabularyQueries';
import { addVocabularyEntry } from './vocabularyWrites';

/**
 * Adds an entry; on success the vocabulary (and what is labelled with it) refetches. Apart from the reads
 * (vocabularyQueries.ts), so start-up does not load the entry checks and zod.
 */
export function useAddVocabularyEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { kind: VocabularyKind; input: EntryInput }) => addVocabularyEntry(v.kind, v.input),
    onSuccess: () => client.invalidateQueries({ queryKey: vocabularyKeys.merged() }),
  });
}
