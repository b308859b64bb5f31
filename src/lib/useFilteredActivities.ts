import { useMemo } from 'react';
import { applyFilters } from '../domain/applyFilters';
import { useActivities } from '../db/queries';
import { useFilters } from './useFilters';

/** The activities that pass the URL's filters, with the query's loading/error state. */
export function useFilteredActivities() {
  const query = useActivities();
  const { filters } = useFilters();
  const filtered = useMemo(() => (query.data ? applyFilters(query.data, filters) : undefined), [query.data, filters]);
  return { ...query, all: query.data, data: filtered, filters };
}
