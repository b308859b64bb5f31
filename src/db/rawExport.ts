import { DB_NAME } from './names';

/**
 * Every table of the database as it is, read without Dexie and without naming a version: for a database written
 * by a newer version of the app, which this build must not open through its own schema (see versionGuard.ts).
 * Only read-only transactions; if the database does not exist, its creation is aborted, so nothing is written.
 */
export async function exportRawDatabase(now = new Date()): Promise<{ name: string; text: string }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('The database could not be opened'));
  });
  try {
    const names = [...db.objectStoreNames];
    const tables: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      await Promise.all(
        names.map(
          (n) =>
            new Promise<void>((resolve, reject) => {
              const all = tx.objectStore(n).getAll();
              all.onsuccess = () => {
                tables[n] = all.result as unknown[];
                resolve();
              };
              all.onerror = () => reject(all.error ?? new Error(`The table ${n} could not be read`));
            }),
        ),
      );
    }
    const file = {
      format: 'agenda-exterior.raw-export',
      databaseVersion: db.version,
      createdAt: now.toISOString(),
      tables,
    };
    return { name: `agenda-exterior-export-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(file) };
  } finally {
    db.close();
  }
}
