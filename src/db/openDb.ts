import type { AgendaDatabase } from './database';
import { firstVisitDrawn } from './firstVisit';

/**
 * The database connection for the modules that load with every page (the reads, the seed, the data-safety checks,
 * the briefing): Dexie and the schema (database.ts) load here, on the first read or write, not before the page's
 * first render. On a browser's first visit they wait until the page has drawn the embedded data set (see
 * firstVisitDrawn); later visits load them at once, in parallel with the first route's code.
 *
 * Code that loads with a page that writes (the editor, the import, the feeds, backups) imports `getDb` from
 * database.ts directly: by then the page has drawn.
 */
export async function openDb(): Promise<AgendaDatabase> {
  await firstVisitDrawn();
  const { getDb } = await import('./database');
  return getDb();
}
