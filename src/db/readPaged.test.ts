import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from '../domain/activity';
import { AgendaDatabase } from './database';
import { readAllByIndex, type ReadProgress } from './readPaged';
import { releaseFixture } from '../testing/releaseFixture';

let db: AgendaDatabase;
let n = 0;

beforeEach(async () => {
  db = new AgendaDatabase(`read-paged-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** One release's 19 records, a fixed set: the page boundaries below are planned around their dates. */
const embedded: Activity[] = releaseFixture.activities.map((a) => ({ ...a, origin: 'embedded' }));

/** Analyst copies of embedded records with the given ids and dates (ids not in date order on purpose). */
const analyst = (rows: [id: string, date: string][]): Activity[] =>
  rows.map(([id, date], i) => ({
    ...embedded[i % embedded.length]!,
    id,
    date,
    datePrecision: 'day',
    endDate: undefined,
    origin: 'analyst',
  }));

/** The order IndexedDB's `date` index gives: date, then id. Written out, not read back from the database. */
const expectedIds = (rows: Activity[]) =>
  [...rows].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : 1)).map((a) => a.id);

async function read(pageSize: number) {
  const progress: ReadProgress[] = [];
  const rows = await readAllByIndex(db.activities, 'date', { pageSize, onProgress: (p) => progress.push(p) });
  return { rows, ids: rows.map((r) => r.id), progress };
}

describe('when all activities are read in pages along the date index', () => {
  it('then an empty store gives no rows and reports 0 of 0', async () => {
    const { rows, progress } = await read(3);
    expect(rows).toEqual([]);
    expect(progress).toEqual([
      { read: 0, total: 0 },
      { read: 0, total: 0 },
    ]);
  });

  it('then the 19 embedded and some analyst records come back in date order, ties by id, each once', async () => {
    const extra = analyst([
      ['zz-late-tie', '2025-12-09'],
      ['aa-early-tie', '2025-12-09'],
      ['mm-first', '2019-01-01'],
      ['bb-last', '2030-06-30'],
    ]);
    await db.activities.bulkPut([...embedded, ...extra]);
    const all = [...embedded, ...extra];
    // 23 rows: pages of 4 end inside runs of equal dates; pages of 23 and 50 read everything at once.
    for (const size of [1, 2, 4, 5, 23, 50]) {
      const { rows, ids } = await read(size);
      expect(ids, `pageSize ${size}`).toEqual(expectedIds(all));
      expect(new Set(ids).size).toBe(23);
      expect(rows.filter((r) => r.origin === 'analyst').map((r) => r.id)).toEqual([
        'mm-first',
        'aa-early-tie',
        'zz-late-tie',
        'bb-last',
      ]);
      // Full records, exactly as stored.
      expect(rows.find((r) => r.id === 'zz-late-tie')).toEqual(extra[0]);
    }
    expect((await read(4)).ids).toEqual((await db.activities.orderBy('date').toArray()).map((a) => a.id));
  });

  it('then a date whose records fill more than a page is read whole, without skipping or repeating', async () => {
    // 11 records on one date between others, read 3 at a time: the page is all one date several times over.
    const same = Array.from({ length: 11 }, (_, i) => [`same-${String(10 - i).padStart(2, '0')}`, '2024-05-05']);
    const rows = analyst([['before', '2024-01-01'], ...(same as [string, string][]), ['after', '2024-09-09']]);
    await db.activities.bulkPut(rows);
    for (const size of [1, 3, 11, 12]) {
      const { ids, progress } = await read(size);
      expect(ids, `pageSize ${size}`).toEqual([
        'before',
        ...Array.from({ length: 11 }, (_, i) => `same-${String(i).padStart(2, '0')}`),
        'after',
      ]);
      expect(progress.at(-1)).toEqual({ read: 13, total: 13 });
    }
  });

  it('then progress counts up to the total and never goes back', async () => {
    await db.activities.bulkPut(embedded);
    const { progress } = await read(4);
    expect(progress[0]).toEqual({ read: 0, total: 19 });
    expect(progress.at(-1)).toEqual({ read: 19, total: 19 });
    expect(progress.every((p, i) => i === 0 || p.read >= progress[i - 1]!.read)).toBe(true);
    expect(progress.length).toBeGreaterThan(3);
  });

  it('then a write that arrives between two pages is not half-seen: the read is one snapshot', async () => {
    await db.activities.bulkPut(embedded);
    const late = analyst([['written-during-read', '2000-01-01']]);
    let write: Promise<unknown> | undefined;
    const rows = await readAllByIndex(db.activities, 'date', {
      pageSize: 4,
      onProgress: ({ read }) => {
        if (read > 0) write ??= Dexie.ignoreTransaction(() => db.activities.put(late[0]!));
      },
    });
    expect(write).toBeDefined();
    expect(rows.map((r) => r.id)).toEqual(expectedIds(embedded));
    await write;
    expect((await read(4)).ids[0]).toBe('written-during-read');
  });

  it('then any mix of dates and page sizes gives exactly what one orderBy("date") read gives', async () => {
    const dates = ['2020-01-01', '2020-01-02', '2021-07-15', '2025-12-09'];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), fc.constantFrom(...dates)), {
          selector: ([id]) => id,
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 9 }),
        async (pairs, size) => {
          await db.activities.clear();
          const rows = analyst(pairs);
          await db.activities.bulkPut(rows);
          const { ids } = await read(size);
          expect(ids).toEqual(expectedIds(rows));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('then a page size below 1 is refused', async () => {
    await expect(readAllByIndex(db.activities, 'date', { pageSize: 0 })).rejects.toThrow(RangeError);
  });
});

describe('when the paged read is called inside another transaction', () => {
  it('then inside a live write transaction on the table it reads within it, seeing its writes', async () => {
    await db.activities.bulkPut(embedded);
    const ids = await db.transaction('rw', db.activities, async () => {
      await db.activities.put(analyst([['written-first', '1999-01-01']])[0]!);
      return (await readAllByIndex(db.activities, 'date', { pageSize: 4 })).map((r) => r.id);
    });
    expect(ids).toHaveLength(20);
    expect(ids[0]).toBe('written-first');
  });
});
