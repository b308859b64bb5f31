import type { QueryClient } from '@tanstack/react-query';
import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';
import { listActivities, listSources } from '../db/activities';
import { activitiesQueryOptions, sourcesQueryOptions } from '../db/queries';
import { readVocabulary } from '../db/vocabulary';
import { vocabularyQueryOptions } from '../db/vocabularyQueries';
import type { MergedVocabulary } from '../domain/vocabulary';

/**
 * The data the shared components of src/ui need. src/ui never imports src/db (a lint rule): its components reach
 * the database only through this module, so what they depend on is listed in one place.
 */
export { useActivitiesReadProgress } from '../db/readProgress';
export { useAddToBriefing, useBriefing } from '../db/briefingQueries';
export { useConnectionState } from '../db/connection';
export { classifyWriteError } from '../db/errors';
export { useStorageInfo } from '../db/storageQueries';

/** The activities, sources and merged vocabulary an export describes, from the query cache when there is one. */
export async function loadExportData(
  client: QueryClient | undefined,
): Promise<[Activity[], Source[], MergedVocabulary]> {
  if (client)
    return Promise.all([
      client.fetchQuery(activitiesQueryOptions()),
      client.fetchQuery(sourcesQueryOptions()),
      client.fetchQuery(vocabularyQueryOptions()),
    ]);
  return Promise.all([listActivities(), listSources(), readVocabulary()]);
}

// Data-safety notices (src/ui) read the marker, the pending-import note and the raw export through here.
export { settleLoss, useMarker } from '../db/markerStore';
export { dismissInterruptedImport, useInterruptedImports } from '../db/pendingImport';
export { exportRawDatabase } from '../db/rawExport';
