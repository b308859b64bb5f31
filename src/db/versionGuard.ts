/**
 * Keeps this build from opening a database written by a newer one. Dexie 4, asked for version N of a database that
 * is already at a higher version, retries without a version and opens whatever is there; if its own tables are
 * missing it even raises the version and adds them ("SchemaDiff"). An older build would then write records the
 * newer one reads back with fields dropped, or a schema the newer one does not expect. This factory, given to
 * Dexie in place of `indexedDB`, refuses both retries: an open without a version, and an open at a version higher
 * than the first one asked for (the app's own). Dexie then fails to open with `NewerDatabaseError`, and
 * nothing — no read, no seed, no write — reaches the database.
 */
export class NewerDatabaseError extends Error {
  constructor(readonly installed?: number) {
    super('This database was written by a newer version of the app');
    this.name = 'NewerDatabaseError';
  }
}

function realFactory(): IDBFactory {
  // Looked up at each call: the tests swap in a fresh fake IndexedDB between runs.
  return globalThis.indexedDB;
}

export function guardedIndexedDB(onNewer: () => void): IDBFactory {
  const asked = new Map<string, number>();
  const refuse = (): never => {
    onNewer();
    throw new NewerDatabaseError();
  };
  const factory: Pick<IDBFactory, 'open' | 'deleteDatabase' | 'cmp' | 'databases'> = {
    open(name, version) {
      if (version === undefined) return refuse();
      const first = asked.get(name);
      if (first === undefined) asked.set(name, version);
      else if (version > first) return refuse();
      return realFactory().open(name, version);
    },
    deleteDatabase: (name) => realFactory().deleteDatabase(name),
    cmp: (a, b) => realFactory().cmp(a, b),
    databases: () => realFactory().databases(),
  };
  return factory;
}
