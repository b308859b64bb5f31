import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Source } from '../domain/source';
import type { VocabularyKind } from '../domain/vocabulary';
import type { EntryInput } from '../domain/vocabularyEntry';
import { activityKeys, sourceKeys } from './queries';
import { saveAnalystSource } from './sources';
import { addVocabularyEntry, readVocabulary } from './vocabulary';

/**
 * The merged vocabulary lives under `activityKeys.all`, so every write that may bring entries (an import, a
 * restore) refetches it with the records; reading it is one small table.
 */
export const vocabularyKeys = { merged: () => [...activityKeys.all, 'vocabulary'] as const };

export const vocabularyQueryOptions = () =>
  queryOptions({ queryKey: vocabularyKeys.merged(), queryFn: readVocabulary, staleTime: Infinity });

export const useVocabularyQuery = () => useQuery(vocabularyQueryOptions());

/** Adds an entry; on success the vocabulary (and what is labelled with it) refetches. */
export function useAddVocabularyEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { kind: VocabularyKind; input: EntryInput }) => addVocabularyEntry(v.kind, v.input),
    onSuccess: () => client.invalidateQueries({ queryKey: vocabularyKeys.merged() }),
  });
}

/** Saves a release the analyst pasted (see saveAnalystSource); every source list refetches. */
export function useSaveAnalystSource() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (s: Source) => saveAnalystSource(s),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: sourceKeys.all }),
        client.invalidateQueries({ queryKey: activityKeys.all }),
      ]),
  });
}
