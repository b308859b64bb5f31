import Dexie, { type Table } from 'dexie';
import type { Activity } from '../domain/activity';
import type { Source } from '../domain/source';

export const DB_NAME = 'agenda-exterior';

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The schema, version by version. Never change a store of a released version: add a version with an upgrade
 * function, and a test in `migrations.test.ts` that opens a database written by the previous version.
 */
export const SCHEMA_V1 = {
  activities: 'id, date, type, *countries, *themes, *organizations, origin',
  sources: 'id',
  meta: 'key',
} as const;

export class AgendaDatabase extends Dexie {
  activities!: Table<Activity, string>;
  sources!: Table<Source, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
  }
}

let instance: AgendaDatabase | null = null;

/** The app's single database connection. */
export function getDb(): AgendaDatabase {
  instance ??= new AgendaDatabase();
  return instance;
}

/** Tests: drop the connection and the database so the next `getDb()` starts empty. */
export async function resetDbForTests(): Promise<void> {
  if (instance) {
    instance.close();
    instance = null;
  }
  await Dexie.delete(DB_NAME);
}
