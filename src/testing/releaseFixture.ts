import { vi } from 'vitest';
import type { ActivitiesFile, ActivityFile } from '../domain/activity';
import type { Source } from '../domain/source';
import type * as Embedded from '../db/embedded';
import activitiesJson from '../../tests/fixtures/dataset/np-304-25.activities.json';
import sourcesJson from '../../tests/fixtures/dataset/np-304-25.sources.json';

/**
 * A fixed data set for view tests that assert fixed numbers and sentences ("14 of the 19 activities"): the 19
 * records drawn from Nota de Prensa 304-25 and its source entry, copied from data/ as first embedded. Copied
 * rather than read from data/ so that adding or reviewing releases there never changes what these tests see.
 * The schema and the data-set rules still hold for it (tests/unit/dataset.test.ts checks the copy too).
 */
export const releaseFixture: { activities: readonly ActivityFile[]; sources: readonly Source[] } = {
  activities: (activitiesJson as ActivitiesFile).activities,
  sources: (sourcesJson as { sources: Source[] }).sources,
};

/**
 * The module src/db/embedded with the fixture in place of the embedded data set. A test file seeds the fixture on
 * first run instead of data/ with
 * `vi.mock('../../db/embedded', () => import('../../testing/releaseFixture').then((m) => m.embeddedAsFixture()))`.
 */
export async function embeddedAsFixture() {
  const actual = await vi.importActual<typeof Embedded>('../db/embedded');
  const data = { activities: [...releaseFixture.activities], sources: [...releaseFixture.sources] };
  return {
    ...actual,
    embeddedHash: 'release-fixture',
    loadEmbedded: () => Promise.resolve(data),
  };
}
