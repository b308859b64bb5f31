// In-page baselines: what the browser itself allows, measured in the same browser as the app.

/**
 * A raw IndexedDB `put` loop of the data set's records in one transaction, into a scratch database whose
 * `activities` store copies the app's key path and indexes (read from the live database, so it follows the app's
 * schema). Fetching and parsing the file are not timed.
 */
export async function rawPutBaseline(dataUrl) {
  const records = (await (await fetch(dataUrl)).json()).activities.map((a) => ({ ...a, origin: 'analyst' }));
  const open = (name, version, upgrade) =>
    new Promise((resolve, reject) => {
      const req = version ? indexedDB.open(name, version) : indexedDB.open(name);
      req.onupgradeneeded = () => upgrade?.(req.result);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const live = await open('agenda-exterior');
  const store = live.transaction('activities', 'readonly').objectStore('activities');
  const spec = {
    keyPath: store.keyPath,
    indexes: [...store.indexNames].map((name) => {
      const i = store.index(name);
      return { name, keyPath: i.keyPath, multiEntry: i.multiEntry, unique: i.unique };
    }),
  };
  live.close();
  const name = `bench-scratch-${Date.now()}`;
  const db = await open(name, 1, (d) => {
    const s = d.createObjectStore('activities', { keyPath: spec.keyPath });
    for (const i of spec.indexes) s.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique });
  });
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('activities', 'readwrite');
    const s = tx.objectStore('activities');
    for (const r of records) s.put(r);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  await new Promise((resolve) => {
    const del = indexedDB.deleteDatabase(name);
    del.onsuccess = del.onerror = del.onblocked = resolve;
  });
  return { ms, n: records.length, start: t0, indexes: spec.indexes.map((i) => i.name) };
}

/** Array.filter over the records the bench read from IndexedDB (window.__benchRecords); median of `reps`. */
export function filterBaseline({ country, theme, reps }) {
  const all = window.__benchRecords;
  const time = (pred) => {
    const t = [];
    let hits = 0;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      hits = all.filter(pred).length;
      t.push(performance.now() - t0);
    }
    t.sort((a, b) => a - b);
    return { ms: t[Math.floor(t.length / 2)], hits };
  };
  return {
    country: time((a) => a.countries.includes(country)),
    theme: time((a) => a.countries.includes(country) && a.themes.includes(theme)),
  };
}

/** Seeds the app's own database directly: the data set's records as analyst records, in one transaction. */
export async function seedDirect(dataUrl) {
  const records = (await (await fetch(dataUrl)).json()).activities.map((a) => ({ ...a, origin: 'analyst' }));
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('agenda-exterior');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      // Settles either way: a database the app has not created yet (no such store) or an aborted write is an
      // error to report, never a promise left pending.
      try {
        const tx = db.transaction('activities', 'readwrite');
        const s = tx.objectStore('activities');
        for (const r of records) s.put(r);
        tx.oncomplete = () => {
          db.close();
          resolve(records.length);
        };
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error ?? new Error('the seeding transaction was aborted'));
      } catch (e) {
        db.close();
        reject(e);
      }
    };
  });
}
