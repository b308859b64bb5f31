import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity, ActivityFile } from '../domain/activity';
import { AgendaDatabase } from './database';
import { countEmbedded, embeddedActivities, embeddedSources } from '../testing/embedded';
import { EMBEDDED_HASH_KEY, seedEmbedded } from './seed';

let db: AgendaDatabase;
let n = 0;

beforeEach(async () => {
  // A database of its own per test, so no test sees another's rows.
  db = new AgendaDatabase(`seed-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const byId = async (id: string) => db.activities.get(id);
/** However many records data/ holds today. */
const N = embeddedActivities.length;

describe('when the embedded data set is seeded', () => {
  it('then every record of every file is stored as embedded, with every source', async () => {
    const r = await seedEmbedded(db, embeddedActivities, embeddedSources);
    expect(r).toEqual({ changed: true, written: N, removed: 0, keptAnalyst: 0 });
    expect(await db.activities.count()).toBe(N);
    expect(await db.activities.where('origin').equals('embedded').count()).toBe(N);
    expect((await db.sources.toArray()).map((s) => s.id).sort()).toEqual(embeddedSources.map((s) => s.id).sort());
    expect((await db.sources.toArray()).map((s) => s.id)).toContain('np-304-25');
    expect((await db.meta.get(EMBEDDED_HASH_KEY))?.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('then the indexes answer by country, theme and organisation', async () => {
    await seedEmbedded(db, embeddedActivities, embeddedSources);
    const chile = countEmbedded((a) => a.countries.includes('CL'));
    expect(chile).toBeGreaterThan(0);
    expect(await db.activities.where('countries').equals('CL').count()).toBe(chile);
    expect(await db.activities.where('themes').equals('migration').count()).toBe(
      countEmbedded((a) => a.themes.includes('migration')),
    );
    expect(await db.activities.where('organizations').equals('UNESCO').primaryKeys()).toEqual(
      embeddedActivities
        .filter((a) => a.organizations.includes('UNESCO'))
        .map((a) => a.id)
        .sort(),
    );
  });

  it('then seeding again writes nothing and the count stays the same', async () => {
    await seedEmbedded(db, embeddedActivities, embeddedSources);
    const again = await seedEmbedded(db, embeddedActivities, embeddedSources);
    expect(again).toEqual({ changed: false, written: 0, removed: 0, keptAnalyst: 0 });
    expect(await db.activities.count()).toBe(N);
  });

  it('then two seedings at once still leave each record once', async () => {
    await Promise.all([
      seedEmbedded(db, embeddedActivities, embeddedSources),
      seedEmbedded(db, embeddedActivities, embeddedSources),
    ]);
    expect(await db.activities.count()).toBe(N);
  });
});

describe('when a newer embedded data set arrives', () => {
  const changedId = 'tacna-consular-migration-meeting';
  const removedId = 'inspection-visit-piura';
  const analystOverId = 'imo-council-reelection';
  const analystOnlyId = 'analyst-own-record';

  function newerDataSet(): ActivityFile[] {
    const base = embeddedActivities.find((a) => a.id === 'coordination-canada')!;
    const added: ActivityFile = { ...base, id: 'coordination-test-country', countries: ['MX'] };
    return [
      ...embeddedActivities
        .filter((a) => a.id !== removedId)
        .map((a) => (a.id === changedId ? { ...a, title: { ...a.title, en: 'Updated title' } } : a)),
      added,
    ];
  }

  async function seedWithAnalystRecords() {
    await seedEmbedded(db, embeddedActivities, embeddedSources);
    const imo = (await byId(analystOverId))!;
    const analystEdit: Activity = { ...imo, origin: 'analyst', title: { ...imo.title, en: 'Analyst wording' } };
    const analystOwn: Activity = { ...imo, id: analystOnlyId, origin: 'analyst', title: { es: 'Propio', en: 'Own' } };
    await db.activities.bulkPut([analystEdit, analystOwn]);
    return { analystEdit, analystOwn };
  }

  it('then it updates, removes and adds embedded records', async () => {
    await seedWithAnalystRecords();
    const r = await seedEmbedded(db, newerDataSet(), embeddedSources);
    expect(r).toEqual({ changed: true, written: N - 1, removed: 1, keptAnalyst: 1 });
    expect((await byId(changedId))?.title.en).toBe('Updated title');
    expect(await byId(removedId)).toBeUndefined();
    expect(await byId('coordination-test-country')).toMatchObject({ origin: 'embedded', countries: ['MX'] });
    expect(await db.activities.count()).toBe(N - 1 + 1 + 1);
  });

  it('then records with origin analyst are left exactly as they were', async () => {
    const { analystEdit, analystOwn } = await seedWithAnalystRecords();
    const newer = newerDataSet().map((a) =>
      a.id === analystOverId ? { ...a, title: { ...a.title, en: 'Embedded rewrite' } } : a,
    );
    await seedEmbedded(db, newer, embeddedSources);
    expect(await byId(analystOverId)).toEqual(analystEdit);
    expect(await byId(analystOnlyId)).toEqual(analystOwn);
  });

  it('then an analyst record survives even when the embedded set drops its id', async () => {
    await seedWithAnalystRecords();
    await seedEmbedded(
      db,
      newerDataSet().filter((a) => a.id !== analystOverId),
      embeddedSources,
    );
    expect((await byId(analystOverId))?.origin).toBe('analyst');
  });

  it('then a record the analyst deleted does not come back, even when the newer set changes it', async () => {
    await seedEmbedded(db, embeddedActivities, embeddedSources);
    const gone = (await byId(changedId))!;
    // As deleteRecord leaves it: the record removed, the deletion in the history.
    await db.activities.delete(changedId);
    await db.history.add({
      activityId: changedId,
      batchId: 'delete-1',
      at: '2026-01-05T10:00:00.000Z',
      kind: 'delete',
      before: gone,
      after: null,
    });
    const r = await seedEmbedded(db, newerDataSet(), embeddedSources);
    expect(await byId(changedId)).toBeUndefined();
    expect(r).toEqual({ changed: true, written: N - 1, removed: 1, keptAnalyst: 0 });
    expect(await byId('coordination-test-country')).toMatchObject({ origin: 'embedded' });
    expect(await db.activities.count()).toBe(N - 1 - 1 + 1);
  });
});
