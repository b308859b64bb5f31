import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../domain/activity';
import { AgendaDatabase, DB_NAME, SCHEMA_V1, SCHEMA_V2, getDb, resetDbForTests } from './database';
import { embeddedActivities, embeddedSources } from './embedded';
import { connectionState } from './connection';
import { listActivities } from './activities';
import { resetSeedingForTests } from './seed';

afterEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
});

/** A database as version 1 of the app left it: only the v1 stores, with embedded and analyst records. */
async function writeV1Fixture(): Promise<Activity[]> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_V1);
  const records: Activity[] = embeddedActivities.map((a, i) => ({
    ...a,
    origin: i % 3 === 0 ? 'analyst' : 'embedded',
    ...(i % 3 === 0 && { updatedAt: '2025-12-11T09:00:00.000Z' }),
  }));
  await v1.table('activities').bulkAdd(records);
  await v1.table('sources').bulkAdd(embeddedSources);
  await v1.table('meta').put({ key: 'embeddedHash', value: 'v1-hash' });
  v1.close();
  return records;
}

describe('when a database written by v1 is opened by the current schema', () => {
  it('then every record, source and meta row is intact and the new tables work', async () => {
    await resetDbForTests();
    const records = await writeV1Fixture();
    const db = new AgendaDatabase();
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.activities.orderBy('id').toArray()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.activities.where('countries').equals('CL').count()).toBe(2);
    expect(await db.activities.where('origin').equals('analyst').count()).toBe(7);
    expect(await db.sources.count()).toBe(1);
    expect(await db.meta.get('embeddedHash')).toEqual({ key: 'embeddedHash', value: 'v1-hash' });
    const seq = await db.history.add({
      activityId: 'x',
      batchId: 'b',
      at: '2025-12-11T00:00:00Z',
      kind: 'edit',
      before: null,
      after: null,
    });
    expect(await db.history.get(seq)).toMatchObject({ activityId: 'x', kind: 'edit' });
    await db.briefing.put({ id: 'i1', position: 0, kind: 'note', text: 'n', addedAt: '2025-12-11T00:00:00Z' });
    await db.settings.put({ key: 'k', value: 1 });
    expect([await db.briefing.count(), await db.settings.count()]).toEqual([1, 1]);
    db.close();
  });

  it('then the app reads the v1 records and seeding keeps the analyst ones', async () => {
    await resetDbForTests();
    resetSeedingForTests();
    const records = await writeV1Fixture();
    const analyst = records.filter((r) => r.origin === 'analyst').map((r) => r.id);
    const listed = await listActivities();
    expect(listed).toHaveLength(19);
    expect(
      listed
        .filter((a) => a.origin === 'analyst')
        .map((a) => a.id)
        .sort(),
    ).toEqual([...analyst].sort());
  });
});

describe('when a database written by v2 is opened by the schema with team feeds', () => {
  it('then its records and history are intact, and feeds, chunks and conflicts can be stored', async () => {
    await resetDbForTests();
    const v2 = new Dexie(DB_NAME);
    v2.version(2).stores(SCHEMA_V2);
    const records: Activity[] = embeddedActivities.map((a) => ({ ...a, origin: 'embedded' }));
    await v2.table('activities').bulkAdd(records);
    await v2.table('history').add({ activityId: 'x', batchId: 'b', at: 't', kind: 'edit', before: null, after: null });
    v2.close();
    const db = new AgendaDatabase();
    await db.open();
    expect(await db.activities.orderBy('id').toArray()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.history.count()).toBe(1);
    const address = 'https://team.example/feed.json';
    await db.feeds.put({ address, title: 'T', subscribedAt: 't', chunks: [] });
    await db.feedChunks.put({ feed: address, sha256: 'a'.repeat(64), text: '{}' });
    await db.feedConflicts.put({ feed: address, id: 'r1', base: null, theirs: null, mine: null, at: 't' });
    await db.activities.put({ ...records[0]!, origin: `feed:${address}` });
    expect(await db.feedChunks.where('feed').equals(address).count()).toBe(1);
    expect(await db.feedConflicts.get([address, 'r1'])).toMatchObject({ id: 'r1' });
    expect(await db.activities.where('origin').equals(`feed:${address}`).count()).toBe(1);
    db.close();
  });
});

describe('when another tab opens a newer schema', () => {
  it('then this tab closes its connection and reports that it must reload', async () => {
    await resetDbForTests();
    await getDb().open();
    expect(connectionState()).toBe('open');
    const newer = new Dexie(DB_NAME);
    newer.version(30).stores({ ...SCHEMA_V1, somethingNew: 'id' });
    await newer.open(); // would hang if this tab kept its connection open (the upgrade would be blocked)
    expect(connectionState()).toBe('upgraded');
    expect(getDb().isOpen()).toBe(false);
    newer.close();
  });
});
