import type { ActivitiesFile, ActivityFile } from '../domain/activity';
import { embeddedSources } from '../domain/taxonomyData';
import { activitiesOfFiles } from '../domain/dataFiles';

/**
 * Every file in data/activities/ is part of the embedded data set. The files are validated by the test suite
 * (tests/unit/dataset.test.ts), which CI runs before every build, rather than at each start-up.
 */
const files = import.meta.glob<{ default: ActivitiesFile }>('../../data/activities/*.json', { eager: true });

export const embeddedActivities: ActivityFile[] = activitiesOfFiles(files);

export { embeddedSources };

/** A content hash of the embedded data set: a new hash means a newer data set to merge in. */
export async function hashOf(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
