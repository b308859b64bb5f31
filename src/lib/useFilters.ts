import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseFilters, writeFilters, type Filters, type ParsedFilters } from '../domain/filters';
import { vocabulary } from '../domain/taxonomyData';

export interface FilterApi extends ParsedFilters {
  /** Replaces some filters, keeping the others and unrelated parameters (`lang`, sorting…). */
  setFilters: (patch: Partial<Filters>) => void;
  clearFilters: () => void;
}

/** The only place where the URL's filters are read and written. */
export function useFilters(): FilterApi {
  const [params, setParams] = useSearchParams();
  const parsed = useMemo(() => parseFilters(params, vocabulary), [params]);
  const setFilters = useCallback(
    (patch: Partial<Filters>) =>
      setParams((prev) => writeFilters({ ...parseFilters(prev, vocabulary).filters, ...patch }, prev)),
    [setParams],
  );
  const clearFilters = useCallback(
    () => setParams((prev) => writeFilters(parseFilters(new URLSearchParams(), vocabulary).filters, prev)),
    [setParams],
  );
  return { ...parsed, setFilters, clearFilters };
}
