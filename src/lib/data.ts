import type { QueryClient } from '@tanstack/react-query';
import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';
import { listActivities, listSources } from '../db/activities';
import { activitiesQueryOptions, sourcesQueryOptions } from '../db/queries';

/**
 * The data the shared components of src/ui need. src/ui never imports src/db (a lint rule): its components reach
 * the database only through this module, so what they depend on is listed in one place.
 */
export { useActivitiesReadProgress } from '../db/readProgress';
export { useAddToBriefing, useBriefing } from '../db/briefingQueries';
export { useConnectionState } from '../db/connection';
export { useStorageInfo } from '../db/storageQueries';

/** The activities and sources, from the query cache when the app has one (it always does outside unit tests). */
export async function loadActivitiesAndSources(client: QueryClient | undefined): Promise<[Activity[], Source[]]> {
  if (client)
    return Promise.all([client.fetchQuery(activitiesQueryOptions()), client.fetchQuery(sourcesQueryOptions())]);
  return Promise.all([listActivities(), listSources()]);
}
