import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActivity, listActivities, listSources } from './activities';

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

export const useActivities = () => useQuery(activitiesQueryOptions());
export const useActivity = (id: string) => useQuery(activityQueryOptions(id));
export const useSources = () => useQuery(sourcesQueryOptions());
