import { getDb, resetDbForTests } from '../../src/db/database';
import { resetSeedingForTests } from '../../src/db/seed';
import type { Activity } from '../../src/domain/activity';
import { generateActivities } from '../../src/testing/generate';

/**
 * A fresh database holding 1,100 synthetic records that all name Chile; the release's 19 (two of them Chile, nine
 * with a country) are seeded on first read: 1,119 in all, 1,102 with Chile, 1,109 naming a country. Over a
 * thousand, so every count a view prints needs digit grouping. Render with `renderApp(url, { resetDb: false })`.
 */
export async function seedChileHeavy(): Promise<void> {
  await resetDbForTests();
  resetSeedingForTests();
  const records: Activity[] = generateActivities(1100, 3).map((a) => ({ ...a, countries: ['CL'], origin: 'analyst' }));
  await getDb().activities.bulkPut(records);
}

/** Writing 1,100 records to the fake IndexedDB and reading them back takes seconds on a shared machine. */
export const SLOW = 60_000;
