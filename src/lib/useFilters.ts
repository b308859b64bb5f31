import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilters, writeFilters, type Filters, type ParsedFilters } from '../domain/filters';
import { useVocabulary, useVocabularyReady } from './useVocabulary';

export interface FilterApi extends ParsedFilters {
  /** Replaces some filters, keeping the others and unrelated parameters (`lang`, sorting…). */
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
}

/** The only place where the URL's filters are read and written, against the merged vocabulary. */
export function useFilters(): FilterApi {
  const [params, setParams] = useSearchParams();
  const vocab = useVocabulary();
  const ready = useVocabularyReady();
  const parsed = useMemo(() => {
    const p = parseFilters(params, vocab.filter);
    // Until the analyst's entries are read, an id of theirs (org=CAN-X) is not unknown, only not known yet:
    // no notice for it in those few milliseconds.
    return ready ? p : { ...p, rejected: p.rejected.filter((r) => r.reason !== 'unknown') };
  }, [params, vocab, ready]);
  const setFilters = useCallback(
    (patch: Partial<Filters>) =>
      setParams((prev) => writeFilters({ ...parseFilters(prev, vocab.filter).filters, ...patch }, prev)),
    [setParams, vocab],
  );
  const clearFilters = useCallback(
    () => setParams((prev) => writeFilters(parseFilters(new URLSearchParams(), vocab.filter).filters, prev)),
    [setParams, vocab],
  );
  return { ...parsed, setFilters, clearFilters };
}
