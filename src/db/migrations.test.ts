import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../domain/activity';
import { AgendaDatabase, DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, getDb, resetDbForTests } from './database';
import { embeddedActivities, embeddedSources } from '../testing/embedded';
import { releaseFixture } from '../testing/releaseFixture';
import { connectionState } from './connection';
import { listActivities } from './activities';
import { resetSeedingForTests } from './seed';
import { listSources } from './activities';
import { readVocabulary } from './vocabulary';
import { addVocabularyEntry } from './vocabularyWrites';

afterEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
});

/**
 * A database as version 1 of the app left it: only the v1 stores, with embedded and analyst records. v1 shipped one
 * release (the fixture's 19 records), whatever data/ holds now.
 */
async function writeV1Fixture(): Promise<Activity[]> {
  const v1 = new Dexie(DB_NAME);
  v1.version(1).stores(SCHEMA_V1);
  const records: Activity[] = releaseFixture.activities.map((a, i) => ({
    ...a,
    origin: i % 3 === 0 ? 'analyst' : 'embedded',
    ...(i % 3 === 0 && { updatedAt: '2025-12-11T09:00:00.000Z' }),
  }));
  await v1.table('activities').bulkAdd(records);
  await v1.table('sources').bulkAdd([...releaseFixture.sources]);
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
    expect(db.verno).toBe(4);
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
    // Seeding brings in today's data set and keeps the analyst's records.
    expect(listed).toHaveLength(new Set([...embeddedActivities.map((a) => a.id), ...analyst]).size);
    expect(
      listed
        .filter((a) => a.origin === 'analyst')
        .map((a) => a.id)
        .sort(),
    ).toEqual([...analyst].sort());
  });
});

/** A database as version 2 left it: records, the embedded source (no origin), history, briefing and settings. */
async function writeV2Fixture(): Promise<Activity[]> {
  const v2 = new Dexie(DB_NAME);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  const records: Activity[] = releaseFixture.activities.map((a, i) => ({
    ...a,
    origin: i === 0 ? 'analyst' : 'embedded',
  }));
  await v2.table('activities').bulkAdd(records);
  await v2.table('sources').bulkAdd([...releaseFixture.sources]);
  await v2.table('meta').put({ key: 'embeddedHash', value: 'v2-hash' });
  await v2
    .table('history')
    .add({ activityId: records[0]!.id, batchId: 'b1', at: '2025-12-11T00:00:00Z', kind: 'edit' });
  await v2.table('briefing').put({ id: 'i1', position: 0, kind: 'note', text: 'n', addedAt: '2025-12-11T00:00:00Z' });
  await v2.table('settings').put({ key: 'k', value: 1 });
  v2.close();
  return records;
}

describe('when a database written by v2 is opened by the current schema', () => {
  it('then its records, history, briefing and settings are intact and its sources are marked embedded', async () => {
    await resetDbForTests();
    const records = await writeV2Fixture();
    const db = new AgendaDatabase();
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.activities.orderBy('id').toArray()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.history.count()).toBe(1);
    expect(await db.briefing.get('i1')).toMatchObject({ kind: 'note', text: 'n' });
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(await db.meta.get('embeddedHash')).toEqual({ key: 'embeddedHash', value: 'v2-hash' });
    const sources = await db.sources.toArray();
    expect(sources.map((s) => [s.id, s.origin])).toEqual([['np-304-25', 'embedded']]);
    expect({ ...sources[0], origin: undefined }).toEqual({ ...releaseFixture.sources[0], origin: undefined });
    expect(await db.sources.where('origin').equals('embedded').count()).toBe(1);
    expect(await db.vocabulary.count()).toBe(0);
    db.close();
  });

  it('then the app reads it and takes new vocabulary entries', async () => {
    await resetDbForTests();
    resetSeedingForTests();
    const records = await writeV2Fixture();
    const ids = new Set([...embeddedActivities.map((a) => a.id), records[0]!.id]);
    expect(await listActivities()).toHaveLength(ids.size);
    const sourceIds = new Set([...embeddedSources, ...releaseFixture.sources].map((s) => s.id));
    expect((await listSources()).map((s) => s.origin)).toEqual([...sourceIds].map(() => 'embedded'));
    await addVocabularyEntry('organization', {
      id: 'CAN-X',
      label: { es: 'Organismo de prueba', en: 'Test body' },
      acronym: { es: 'OP', en: 'TB' },
    });
    const v = await readVocabulary();
    expect(v.orgsById.get('CAN-X')?.acronym).toEqual({ es: 'OP', en: 'TB' });
    expect(v.isAdded('organization', 'CAN-X')).toBe(true);
    expect(v.isAdded('organization', 'OAS')).toBe(false);
  });
});

/** A database as version 3 left it: analyst and embedded records and sources, vocabulary, history, briefing, settings. */
async function writeV3Fixture(): Promise<Activity[]> {
  const v3 = new Dexie(DB_NAME);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  const records: Activity[] = embeddedActivities.map((a, i) => ({
    ...a,
    origin: i % 4 === 0 ? 'analyst' : 'embedded',
    ...(i % 4 === 0 && { updatedAt: '2025-12-11T09:00:00.000Z' }),
  }));
  await v3.table('activities').bulkAdd(records);
  await v3.table('sources').bulkAdd(embeddedSources.map((s) => ({ ...s, origin: 'embedded' })));
  await v3.table('sources').add({ ...embeddedSources[0]!, id: 'np-analyst-1', origin: 'analyst' });
  await v3.table('meta').put({ key: 'embeddedHash', value: 'v3-hash' });
  await v3.table('vocabulary').put({ key: VOCAB_KEY, kind: 'organization', entry: VOCAB_ENTRY, addedAt: 't' });
  await v3.table('history').add({ activityId: records[0]!.id, batchId: 'b1', at: 't', kind: 'edit' });
  await v3.table('briefing').put({ id: 'i1', position: 0, kind: 'note', text: 'n', addedAt: 't' });
  await v3.table('settings').put({ key: 'k', value: 1 });
  v3.close();
  return records;
}
const VOCAB_ENTRY = { id: 'CAN-X', label: { es: 'Organismo de prueba', en: 'Test body' } };
const VOCAB_KEY = 'organization:CAN-X';

describe('when a database written by v3 is opened by the schema with team feeds (v4)', () => {
  it('then every record, source, vocabulary entry, history row, briefing item and setting is intact', async () => {
    await resetDbForTests();
    const records = await writeV3Fixture();
    const db = new AgendaDatabase();
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.activities.orderBy('id').toArray()).toEqual([...records].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.activities.where('origin').equals('analyst').count()).toBe(
      records.filter((r) => r.origin === 'analyst').length,
    );
    expect(await db.sources.where('origin').equals('analyst').primaryKeys()).toEqual(['np-analyst-1']);
    expect(await db.sources.count()).toBe(embeddedSources.length + 1);
    expect(await db.vocabulary.get(VOCAB_KEY)).toEqual({
      key: VOCAB_KEY,
      kind: 'organization',
      entry: VOCAB_ENTRY,
      addedAt: 't',
    });
    expect(await db.vocabulary.where('kind').equals('organization').count()).toBe(1);
    expect(await db.history.count()).toBe(1);
    expect(await db.briefing.get('i1')).toMatchObject({ kind: 'note', text: 'n' });
    expect(await db.settings.get('k')).toEqual({ key: 'k', value: 1 });
    expect(await db.meta.get('embeddedHash')).toEqual({ key: 'embeddedHash', value: 'v3-hash' });
    expect([await db.feeds.count(), await db.feedChunks.count(), await db.feedConflicts.count()]).toEqual([0, 0, 0]);
    db.close();
  });

  it('then feeds, chunks and conflicts can be stored and feed records found by origin', async () => {
    await resetDbForTests();
    const records = await writeV3Fixture();
    const db = new AgendaDatabase();
    await db.open();
    const address = 'https://team.example/feed.json';
    await db.feeds.put({ address, title: 'T', subscribedAt: 't', chunks: [] });
    await db.feedChunks.put({ feed: address, sha256: 'a'.repeat(64), text: '{}' });
    await db.feedConflicts.put({ feed: address, id: 'r1', base: null, theirs: null, mine: null, at: 't' });
    await db.activities.put({ ...records[1]!, origin: `feed:${address}` });
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
