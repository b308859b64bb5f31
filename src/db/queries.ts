import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActivity, listActivities, listSources } from './activities';
import { askFirstVisit, embeddedAsStoredIfLoaded, firstVisitAnswer, loadEmbeddedAsStored } from './firstVisit';

/**
 * Query modules: fetcher + queryOptions + hook. The whole activity set is read once per data-set version and
 * filtered in memory (see useFilteredActivities): IndexedDB reads are far slower than an in-memory scan
 * (STACK.md: ~1 s for toArray of 100k vs ~25 ms for Array.filter). Every write invalidates `activityKeys.all`.
 */
export const activityKeys = {
  all: ['activities'] as const,
  list: () => [...activityKeys.all, 'list'] as const,
  detail: (id: string) => [...activityKeys.all, 'detail', id] as const,
};

export const sourceKeys = { all: ['sources'] as const };

export const activitiesQueryOptions = () =>
  queryOptions({ queryKey: activityKeys.list(), queryFn: listActivities, staleTime: Infinity });

export const activityQueryOptions = (id: string) =>
  queryOptions({ queryKey: activityKeys.detail(id), queryFn: () => getActivity(id), staleTime: Infinity });

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: sourceKeys.all, queryFn: listSources, staleTime: Infinity });

const firstVisitQueryOptions = () =>
  queryOptions({
    queryKey: ['first-visit'],
    queryFn: askFirstVisit,
    initialData: firstVisitAnswer,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/** The embedded records, loaded on a first visit only (the seed loads the same promise). */
const embeddedPlaceholderOptions = () =>
  queryOptions({
    queryKey: ['embedded-placeholder'],
    queryFn: loadEmbeddedAsStored,
    initialData: embeddedAsStoredIfLoaded,
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * All activities. On a browser's very first visit the embedded data set stands in (as placeholder data) while the
 * database is created and seeded with exactly those records; the records read back then replace it.
 */
export const useActivities = () => {
  const firstVisit = useQuery(firstVisitQueryOptions());
  const embedded = useQuery({ ...embeddedPlaceholderOptions(), enabled: firstVisit.data === true });
  return useQuery({ ...activitiesQueryOptions(), placeholderData: firstVisit.data ? embedded.data : undefined });
};
export const useActivity = (id: string) => useQuery(activityQueryOptions(id));
export const useSources = () => useQuery(sourcesQueryOptions());
