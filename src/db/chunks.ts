import type { Table } from 'dexie';

/** Records per request batch: big enough that the per-call overhead vanishes, small enough to report progress. */
export const WRITE_CHUNK = 2000;

/**
 * Chunks kept in flight at once. Waiting for each chunk before sending the next leaves IndexedDB idle while the
 * next chunk is serialised; with a few in flight, serialising chunk k+1 overlaps with storing chunk k, as in a
 * plain `put` loop, and progress still arrives chunk by chunk.
 */
const IN_FLIGHT = 3;

type Op = 'put' | 'add' | 'delete';

/**
 * Writes `items` in chunks inside the CURRENT Dexie transaction (call it from a `db.transaction` callback): every
 * chunk belongs to that one transaction, so a failure in any chunk aborts all of them. `onChunk(done)` is called
 * after each chunk is stored with the number of items stored so far.
 */
export async function inChunks<T, K>(
  table: Table<T, K>,
  op: Op,
  items: readonly (T | K)[],
  onChunk: (done: number) => void = () => {},
  size = WRITE_CHUNK,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  let done = 0;
  for (let i = 0; i < items.length; i += size) {
    const slice = items.slice(i, i + size);
    const request =
      op === 'delete'
        ? table.bulkDelete(slice as K[])
        : op === 'add'
          ? table.bulkAdd(slice as T[])
          : table.bulkPut(slice as T[]);
    const p = request.then(() => {
      done += slice.length;
      onChunk(done);
    });
    // Marked handled at once: when an earlier chunk fails, the later ones reject with the abort and nobody else
    // awaits them. The first failure still reaches the caller below.
    p.catch(() => undefined);
    pending.push(p);
    if (pending.length >= IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
}
