import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityFile } from '../domain/activity';
import { generateActivities } from '../testing/generate';
import { WRITE_CHUNK } from './chunks';
import { getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { classifyWriteError } from './errors';
import { lastImport, recordHistory } from './history';
import { applyImport, undoBatch, type WriteProgress } from './importWrites';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { saveRecord } from './writes';

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
});

const N = 5000;
const generated = generateActivities(N, 7);
/** 5,000 new records and 3 embedded ones with a changed title: several chunks, creates and updates. */
const records: ActivityFile[] = [
  ...generated,
  ...embeddedActivities.slice(0, 3).map((a) => ({ ...a, title: { ...a.title, es: `${a.title.es} (corregido)` } })),
];

async function snapshot() {
  const db = getDb();
  return { activities: await db.activities.orderBy('id').toArray(), history: await db.history.toArray() };
}

describe('when a large import is written in chunks', () => {
  it('then a failure in the middle chunk leaves the database exactly as it was', async () => {
    expect(N).toBeGreaterThan(2 * WRITE_CHUNK); // there is a chunk before and after the failing one
    const before = await snapshot();
    const middle = generated[Math.floor(N / 2)]!.id;
    const db = getDb();
    const hook = (_key: unknown, obj: { id: string }) => {
      if (obj.id === middle) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.activities.hook('creating', hook);
    const err = await applyImport(records, 'big.csv').catch((e: unknown) => e);
    db.activities.hook('creating').unsubscribe(hook);
    expect(classifyWriteError(err)).toBe('quota');
    expect(await snapshot()).toEqual(before);
    expect(await lastImport()).toBeNull();
  });

  it('then progress is reported after each chunk, up to every record written', async () => {
    const seen: WriteProgress[] = [];
    const out = await applyImport(records, 'big.csv', (p) => seen.push(p));
    expect(out).toMatchObject({ created: N, updated: 3, unchanged: 0 });
    const total = N + 3;
    expect(seen[0]).toEqual({ done: 0, total });
    expect(seen.at(-1)).toEqual({ done: total, total });
    expect(seen.length).toBe(1 + Math.ceil(total / WRITE_CHUNK));
    const dones = seen.map((p) => p.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(await getDb().activities.count()).toBe(embeddedActivities.length + N);
  });

  it('then history holds full rows for the 3 changed records and one summary row for the 5,000 created', async () => {
    const out = await applyImport(records, 'big.csv');
    const rows = await getDb().history.where('batchId').equals(out.batchId).toArray();
    expect(rows).toHaveLength(4);
    expect(rows.at(-1)?.created).toEqual(generated.map((r) => r.id));
    expect(await lastImport()).toMatchObject({ batchId: out.batchId, records: N + 3 });
    const one = await recordHistory(generated[123]!.id);
    expect(one.map((h) => [h.kind, h.note, h.before])).toEqual([['import', 'big.csv', null]]);
  });

  it('then undo restores exactly the state before, and says what it did', async () => {
    const before = await snapshot();
    const out = await applyImport(records, 'big.csv');
    expect(await getDb().activities.count()).toBe(embeddedActivities.length + N);
    const seen: WriteProgress[] = [];
    expect(await undoBatch(out.batchId, (p) => seen.push(p))).toEqual({ restored: 3, deleted: N });
    expect((await snapshot()).activities).toEqual(before.activities);
    expect(seen.at(-1)).toEqual({ done: N + 3, total: N + 3 });
    expect(await lastImport()).toBeNull();
    await expect(undoBatch(out.batchId)).rejects.toMatchObject({ reason: 'undone' });
  });

  it('then undo is refused when a record the import created was edited since', async () => {
    const out = await applyImport(records, 'big.csv');
    const target = generated[4000]!;
    await saveRecord({ ...target, title: { ...target.title, en: 'Edited after the import' } }, 'edit');
    const before = await snapshot();
    await expect(undoBatch(out.batchId)).rejects.toMatchObject({ reason: 'conflict', ids: [target.id] });
    expect(await snapshot()).toEqual(before);
  });

  it('then a file whose records are all here unchanged writes nothing, not even history', async () => {
    const before = await snapshot();
    const out = await applyImport(embeddedActivities, 'same.json');
    expect(out).toMatchObject({ created: 0, updated: 0, unchanged: embeddedActivities.length });
    expect(await snapshot()).toEqual(before);
    expect(await lastImport()).toBeNull();
  });
});
