import { beforeEach, describe, expect, it } from 'vitest';
import type { Activity, ActivityFile } from '../domain/activity';
import { toFileRecord } from '../domain/activity';
import { BATCH_ROW, getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { classifyWriteError, WriteRefused } from './errors';
import { lastImport, recordHistory } from './history';
import { previewImport } from './importPreview';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { applyImport, deleteRecord, saveRecord, undoBatch } from './writes';

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
});

const chile = embeddedActivities.find((a) => a.id === 'peru-chile-migration-committee')!;
const fresh: ActivityFile = { ...chile, id: 'test-new-record', title: { es: 'Registro de prueba', en: 'Test record' } };
const renamed: ActivityFile = { ...chile, title: { ...chile.title, en: 'Renamed by a test' } };

/** Everything in the activities and history tables, to compare before and after. */
async function snapshot() {
  const db = getDb();
  return { activities: await db.activities.orderBy('id').toArray(), history: await db.history.toArray() };
}

describe('when an import is previewed', () => {
  it('then it tells new, changed (with fields) and unchanged apart without writing', async () => {
    const before = await snapshot();
    const plan = await previewImport([fresh, renamed, embeddedActivities[0]!]);
    expect(plan.created.map((r) => r.id)).toEqual(['test-new-record']);
    expect(plan.changed.map((c) => [c.record.id, c.fields])).toEqual([
      ['peru-chile-migration-committee', ['title.en']],
    ]);
    expect(plan.unchanged.map((r) => r.id)).toEqual([embeddedActivities[0]!.id]);
    expect(plan.unknownSources).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('when an import is applied', () => {
  it('then new and changed records are written as analyst records with history, unchanged ones untouched', async () => {
    const out = await applyImport([fresh, renamed, embeddedActivities[0]!], 'month.csv');
    expect(out).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const db = getDb();
    expect(await db.activities.count()).toBe(embeddedActivities.length + 1);
    expect((await db.activities.get('peru-chile-migration-committee'))?.title.en).toBe('Renamed by a test');
    expect((await db.activities.get('peru-chile-migration-committee'))?.origin).toBe('analyst');
    expect((await db.activities.get(embeddedActivities[0]!.id))?.origin).toBe('embedded');
    // A full before/after row for the changed record; the created one is listed on the batch's summary row.
    const rows = await db.history.toArray();
    expect(rows.map((r) => [r.kind, r.activityId, r.before?.title.en ?? null, r.note, r.created])).toEqual([
      ['import', 'peru-chile-migration-committee', chile.title.en, 'month.csv', undefined],
      ['import', BATCH_ROW, null, 'month.csv', ['test-new-record']],
    ]);
    expect(await lastImport()).toMatchObject({ batchId: out.batchId, note: 'month.csv', records: 2 });
  });

  it('then the record history of a created record shows its import, with the values it brought', async () => {
    await applyImport([fresh, renamed], 'month.csv');
    const edited = { ...fresh, themes: ['migration'] };
    await saveRecord(edited, 'edit');
    const hist = await recordHistory(fresh.id);
    expect(hist.map((h) => [h.kind, h.activityId, h.note ?? null])).toEqual([
      ['edit', fresh.id, null],
      ['import', fresh.id, 'month.csv'],
    ]);
    expect(hist[1]!.before).toBeNull();
    expect(toFileRecord(hist[1]!.after!)).toEqual(fresh);
    expect(hist[0]!.before).toEqual(hist[1]!.after);
    // An embedded record nobody touched has no history.
    expect(await recordHistory(embeddedActivities[0]!.id)).toEqual([]);
  });

  it('then undo restores exactly the state before: created records deleted, changed ones restored', async () => {
    const before = (await snapshot()).activities;
    const out = await applyImport([fresh, renamed], 'month.csv');
    expect(await undoBatch(out.batchId)).toEqual({ restored: 1, deleted: 1 });
    expect((await snapshot()).activities).toEqual(before);
    expect(await lastImport()).toBeNull();
    const hist = await recordHistory('peru-chile-migration-committee');
    expect(hist.map((h) => h.kind)).toEqual(['undo', 'import']);
    await expect(undoBatch(out.batchId)).rejects.toMatchObject({ reason: 'undone' });
  });

  it('then undo is refused, and nothing changes, when a record was edited after the import', async () => {
    const out = await applyImport([fresh, renamed], 'month.csv');
    await saveRecord({ ...renamed, title: { ...renamed.title, es: 'Editado después' } }, 'edit');
    const before = await snapshot();
    const err = await undoBatch(out.batchId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteRefused);
    expect(err).toMatchObject({ reason: 'conflict', ids: ['peru-chile-migration-committee'] });
    expect(await snapshot()).toEqual(before);
  });
});

describe('when a write fails inside the transaction', () => {
  it('then a quota error rolls everything back and is told apart', async () => {
    const before = await snapshot();
    const db = getDb();
    // The history write is the last step: failing there proves the activity writes before it are rolled back.
    const hook = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.history.hook('creating', hook);
    const err = await applyImport([fresh, renamed], 'month.csv').catch((e: unknown) => e);
    db.history.hook('creating').unsubscribe(hook);
    expect(classifyWriteError(err)).toBe('quota');
    expect(await snapshot()).toEqual(before);
  });

  it('then a closed database is told apart and nothing is written', async () => {
    const before = await snapshot();
    getDb().close({ disableAutoOpen: true });
    const err = await saveRecord(fresh, 'create').catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    await getDb().open();
    expect(await snapshot()).toEqual(before);
  });
});

describe('when a record is created, edited or deleted', () => {
  it('then each change is in its history with before and after, newest first', async () => {
    await saveRecord(fresh, 'create');
    await expect(saveRecord(fresh, 'create')).rejects.toMatchObject({ reason: 'exists' });
    const edited = { ...fresh, themes: ['migration'] };
    expect(await saveRecord(edited, 'edit')).toEqual({ changed: true });
    expect(await saveRecord(edited, 'edit')).toEqual({ changed: false });
    await deleteRecord(fresh.id);
    const hist = await recordHistory(fresh.id);
    expect(hist.map((h) => h.kind)).toEqual(['delete', 'edit', 'create']);
    expect(hist[1]!.before?.themes).toEqual(fresh.themes);
    expect(hist[1]!.after?.themes).toEqual(['migration']);
    expect(await getDb().activities.get(fresh.id)).toBeUndefined();
  });

  it('then an edited embedded record becomes an analyst record with the new values', async () => {
    await saveRecord(renamed, 'edit');
    const stored = (await getDb().activities.get(renamed.id)) as Activity;
    expect(stored.origin).toBe('analyst');
    expect(toFileRecord(stored)).toEqual(renamed);
  });
});
