import { beforeEach, describe, expect, it } from 'vitest';
import { toExportRecord, type ActivityFile } from '../domain/activity';
import { activitiesToJson, parseActivitiesJson } from '../domain/formats/json';
import { generateActivities } from '../testing/generate';
import { readBackup, applyRestore } from './backup';
import { backupToJson, parseBackup } from './backupFormat';
import { BATCH_ROW, getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { EditConflict } from './errors';
import { changesSinceSync, subscribeFeed } from './feeds';
import { lastImport, recordHistory } from './history';
import { applyImport, undoBatch } from './importWrites';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { revisionOf, saveRecord } from './writes';

/** Another browser is another database: the same code on an empty one, seeded afresh. */
async function freshBrowser() {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
}

beforeEach(freshBrowser);

/** Past the millisecond of the last write, so an import's time can never equal a stamp written before it. */
const nextMs = () => new Promise((r) => setTimeout(r, 5));

const created: ActivityFile = generateActivities(1, 11)[0]!;
const embedded = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;
const corrected: ActivityFile = { ...embedded, title: { ...embedded.title, en: 'Corrected in browser A' } };
const ids = [created.id, corrected.id];
const stored = async (id: string) => (await getDb().activities.get(id))!;

/** Browser A: the analyst creates one record and corrects an embedded one, then exports both as JSON. */
async function exportFromA(): Promise<{ text: string; stampsInA: Record<string, string> }> {
  await saveRecord(created, 'create');
  await saveRecord(corrected, 'edit', null);
  const inA = await Promise.all(ids.map(stored));
  const stampsInA = Object.fromEntries(inA.map((a) => [a.id, a.updatedAt!]));
  return { text: activitiesToJson(inA.map(toExportRecord)), stampsInA };
}

/** Browser B: reads the file as the import does, and writes it. */
async function importInB(text: string, name = 'from-a.json') {
  const parsed = parseActivitiesJson(text, name);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return applyImport(parsed.records, name, undefined, parsed.stamps);
}

async function roundTrip() {
  const { text, stampsInA } = await exportFromA();
  await freshBrowser();
  await nextMs();
  const outcome = await importInB(text);
  return { text, stampsInA, outcome };
}

describe('when records exported in one browser are imported in another', () => {
  it('then each keeps the updatedAt it had there, and is stored at the import time', async () => {
    const { stampsInA, outcome } = await roundTrip();
    expect(outcome).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    for (const id of ids) {
      const b = await stored(id);
      expect(b.updatedAt).toBe(stampsInA[id]);
      expect(b.storedAt).toBe(outcome.at);
      expect(b.origin).toBe('analyst');
    }
    expect(outcome.at > stampsInA[created.id]!).toBe(true);
  });

  it('then a record the file gives no updatedAt is stamped with the import time, as before', async () => {
    const outcome = await importInB(activitiesToJson([created]), 'plain.json');
    const b = await stored(created.id);
    expect(b.updatedAt).toBe(outcome.at);
    expect(b).not.toHaveProperty('storedAt');
  });

  it('then the history records the import at its own time, and each record history begins with it', async () => {
    const { outcome } = await roundTrip();
    const summary = await getDb().history.where('activityId').equals(BATCH_ROW).last();
    expect(summary).toMatchObject({ kind: 'import', at: outcome.at, note: 'from-a.json', created: [created.id] });

    const [made] = await recordHistory(created.id);
    expect(made).toMatchObject({ kind: 'import', at: outcome.at, note: 'from-a.json', before: null });
    expect(made?.after).toEqual(await stored(created.id));
    const [changed] = await recordHistory(corrected.id);
    expect(changed).toMatchObject({ kind: 'import', at: outcome.at, before: { ...embedded, origin: 'embedded' } });
  });

  it('then undo removes exactly what the import created and puts back what it changed', async () => {
    const { text, stampsInA } = await exportFromA();
    await freshBrowser();
    const before = await getDb().activities.orderBy('id').toArray();
    await nextMs();
    await importInB(text);
    expect((await stored(created.id)).updatedAt).toBe(stampsInA[created.id]);
    const last = await lastImport();
    expect(last).toMatchObject({ note: 'from-a.json', records: 2 });
    expect(await undoBatch(last!.batchId)).toEqual({ restored: 1, deleted: 1 });
    expect(await getDb().activities.orderBy('id').toArray()).toEqual(before);
  });

  it('then a form opened before another import of the same stamps with other content is refused on save', async () => {
    const { text } = await roundTrip();
    const opened = revisionOf(await stored(created.id));
    // Another tab imports a corrected copy of the same file: same updatedAt, other content.
    await nextMs();
    await importInB(text.replace(created.title.en, `${created.title.en} (fixed)`), 'fixed.json');
    const err = await saveRecord({ ...created, status: 'planned' }, 'edit', opened).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditConflict);
    expect((await stored(created.id)).title.en).toBe(`${created.title.en} (fixed)`);
    // A form opened on what is stored now saves.
    await saveRecord({ ...created, status: 'planned' }, 'edit', revisionOf(await stored(created.id)));
    expect((await stored(created.id)).status).toBe('planned');
  });

  it('then the imported records are among the changes since the last feed sync, though changed before it', async () => {
    const { text, stampsInA } = await exportFromA();
    await freshBrowser();
    const address = 'https://team.example/feed.json';
    await subscribeFeed(address);
    await nextMs();
    const appliedAt = new Date().toISOString();
    await getDb().feeds.update(address, { appliedAt });
    expect(stampsInA[created.id]! < appliedAt).toBe(true);
    await nextMs();
    await importInB(text);
    expect((await changesSinceSync(address)).map((r) => r.id)).toEqual([...ids].sort());
  });

  it('then a backup of it, restored over later changes, keeps the stamps and the link to the import', async () => {
    const { stampsInA, outcome } = await roundTrip();
    const backup = backupToJson(await readBackup());
    await getDb().activities.delete(corrected.id);
    const parsed = parseBackup(backup, 'backup.json');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await applyRestore(parsed.backup, 'backup.json');
    expect(await stored(created.id)).toMatchObject({ updatedAt: stampsInA[created.id], storedAt: outcome.at });
    expect(await stored(corrected.id)).toMatchObject({ updatedAt: stampsInA[corrected.id], storedAt: outcome.at });
    expect((await recordHistory(created.id)).at(-1)).toMatchObject({ kind: 'import', at: outcome.at });
  });
});
