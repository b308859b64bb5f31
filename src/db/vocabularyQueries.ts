import { queryOptions, useQuery } from '@tanstack/react-query';
import { activityKeys } from './queries';
import { readVocabulary } from './vocabulary';

/**
 * The merged vocabulary lives under `activityKeys.all`, so every write that may bring entries (an import, a
 * restore) refetches it with the records; reading it is one small table.
 */
export const vocabularyKeys = { merged: () => [...activityKeys.all, 'vocabulary'] as const };

export const vocabularyQueryOptions = () =>
  queryOptions({ queryKey: vocabularyKeys.merged(), queryFn: readVocabulary, staleTime: Infinity });

export const useVocabularyQuery = () => useQuery(vocabularyQueryOptions());
