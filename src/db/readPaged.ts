import Dexie, { cmp, type IndexableType, type Table } from 'dexie';

export interface ReadProgress {
  read: number;
  total: number;
}

export interface ReadPagedOptions {
  /**
   * Rows per IndexedDB request. Chromium deserialises a `getAll` result in one main-thread task, ~6–7 µs a record
   * here: 4,000 rows ≈ 25–30 ms. Smaller pages cost more round trips (2,500: ~10–20% slower in total at 100k),
   * larger ones approach the 50 ms long-task line (5,000: a few 50–60 ms tasks when the machine is busy).
   */
  pageSize?: number;
  onProgress?: (p: ReadProgress) => void;
}

export const DEFAULT_PAGE_SIZE = 4000;

/**
 * Every row of `table` in the order of the single-valued index `index`, ties by primary key: exactly what
 * `table.orderBy(index).toArray()` returns, read in pages so no main-thread task deserialises more than one page.
 *
 * Why pages along the index rather than by primary key + sort: the sort of 100k rows by a string key is itself
 * a 70–170 ms task in Chromium, and `Collection.offset` makes Dexie fall back to a cursor (one event per row).
 * IndexedDB cannot start an index read at a (key, primary key) pair, so each page ends before its last key's rows
 * (they might continue in the next page) and the next page starts AT that key, re-reading those few rows. A key
 * whose rows fill a whole page is read by primary keys in slices instead.
 *
 * All pages are read in one readonly transaction: a consistent snapshot, so a write between two pages can neither
 * duplicate nor drop a row. Each page still arrives in its own task, so the page stays responsive in between.
 */
export async function readAllByIndex<T, K extends IndexableType>(
  table: Table<T, K>,
  index: keyof T & string,
  { pageSize = DEFAULT_PAGE_SIZE, onProgress }: ReadPagedOptions = {},
): Promise<T[]> {
  if (pageSize < 1) throw new RangeError(`pageSize must be at least 1, not ${pageSize}`);
  const keyOf = (row: T) => row[index] as IndexableType;
  // Outside the transaction's zone: a listener may render React synchronously, and any query that render starts
  // must not join (and fail inside) this readonly transaction.
  const report = (p: ReadProgress) => onProgress && Dexie.ignoreTransaction(() => onProgress(p));
  // 'r?': inside a caller's live transaction on the table, read within it (seeing its writes) as a plain `toArray`
  // would; otherwise (no transaction, or one already finished) open a new one. Plain 'r' would try to join a
  // finished one and fail.
  return table.db.transaction('r?', table, async () => {
    const total = await table.orderBy(index).count();
    const rows: T[] = [];
    report({ read: 0, total });
    // The next page starts at `from` (inclusive or not); undefined = at the start of the index.
    let from: { key: IndexableType; inclusive: boolean } | undefined;
    for (;;) {
      const range = !from
        ? table.orderBy(index)
        : from.inclusive
          ? table.where(index).aboveOrEqual(from.key)
          : table.where(index).above(from.key);
      const page = await range.limit(pageSize).toArray();
      if (page.length < pageSize) {
        for (const row of page) rows.push(row);
        break;
      }
      const lastKey = keyOf(page[page.length - 1]!);
      let end = page.length;
      while (end > 0 && cmp(keyOf(page[end - 1]!), lastKey) === 0) end--;
      for (let i = 0; i < end; i++) rows.push(page[i]!);
      if (end > 0) from = { key: lastKey, inclusive: true };
      else {
        await readOneKey(table, index, lastKey, pageSize, rows);
        from = { key: lastKey, inclusive: false };
      }
      report({ read: rows.length, total });
    }
    report({ read: rows.length, total });
    return rows;
  });
}

/** All rows with index key `key`, in primary-key order (as the index orders them), `pageSize` rows per request. */
async function readOneKey<T, K extends IndexableType>(
  table: Table<T, K>,
  index: string,
  key: IndexableType,
  pageSize: number,
  into: T[],
): Promise<void> {
  const ids = await table.where(index).equals(key).primaryKeys();
  for (let i = 0; i < ids.length; i += pageSize) {
    for (const row of await table.bulkGet(ids.slice(i, i + pageSize))) if (row !== undefined) into.push(row);
  }
}
