import { afterEach, describe, expect, it } from 'vitest';
import { DB_NAME, getDb, resetDbForTests } from './database';
import { connectionState } from './connection';
import { listActivities } from './activities';
import { resetSeedingForTests } from './seed';
import { saveRecord } from './writes';
import { embeddedActivities } from '../testing/embedded';
import { toFileRecord } from '../domain/activity';

afterEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
});

/** A database as a newer build would leave it: version 999 (Dexie's 99.9), a table this build does not know. */
function writeNewerDatabase(stores: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 999);
    req.onupgradeneeded = () => {
      for (const s of stores) req.result.createObjectStore(s, { keyPath: s === 'meta' ? 'key' : 'id' });
    };
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['activities'], 'readwrite');
      tx.objectStore('activities').put({ id: 'from-the-future', futureField: 'kept', origin: 'analyst' });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

function inspect(): Promise<{ version: number; stores: string[]; rows: unknown[] }> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('activities').objectStore('activities').getAll();
      all.onsuccess = () => {
        resolve({ version: db.version, stores: [...db.objectStoreNames].sort(), rows: all.result });
        db.close();
      };
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

describe('when the database was written by a newer version of the app', () => {
  it.each([
    ['with the tables this build knows', ['activities', 'sources', 'meta', 'history', 'briefing', 'settings', 'x']],
    ['with other tables', ['activities', 'fromTheFuture']],
  ])('then %s nothing is read, seeded or changed, and the tab says so', async (_name, stores) => {
    await resetDbForTests();
    await writeNewerDatabase(stores);
    await expect(listActivities()).rejects.toThrow();
    expect(connectionState()).toBe('newer');
    const record = toFileRecord({ ...embeddedActivities[0]!, origin: 'embedded' });
    await expect(saveRecord(record, 'edit')).rejects.toThrow();
    getDb().close();
    const after = await inspect();
    expect(after.version).toBe(999);
    expect(after.stores).toEqual([...stores].sort());
    expect(after.rows).toEqual([{ id: 'from-the-future', futureField: 'kept', origin: 'analyst' }]);
  });
});

describe('when the database is at this build’s version or older', () => {
  it('then it opens as before', async () => {
    await resetDbForTests();
    expect((await listActivities()).length).toBe(embeddedActivities.length);
    expect(connectionState()).toBe('open');
  });
});
