import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityFile } from '../domain/activity';
import { getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { EditConflict } from './errors';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { deleteRecord, revertRecord, revisionOf, saveRecord } from './writes';

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
});

const oas = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;
const withTitle = (a: ActivityFile, en: string): ActivityFile => ({ ...a, title: { ...a.title, en } });
const withSummary = (a: ActivityFile, en: string): ActivityFile => ({ ...a, summary: { ...a.summary, en } });
const stored = async () => (await getDb().activities.get(oas.id))!;

describe('when two forms were opened on the same version of a record', () => {
  it('then the first save wins and the second is refused with the stored record, writing nothing', async () => {
    const opened = revisionOf(await stored());
    expect(opened).toBeNull(); // an embedded record nobody has edited
    await saveRecord(withTitle(oas, 'Title from tab A'), 'edit', opened);
    const afterA = await stored();
    const historyBefore = await getDb().history.count();

    const err = await saveRecord(withSummary(oas, 'Summary from tab B'), 'edit', opened).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditConflict);
    expect((err as EditConflict).reason).toBe('stale');
    expect((err as EditConflict).theirs).toEqual(afterA);
    // Tab A's title is still there, tab B's summary was not applied, and no history row was added.
    expect(await stored()).toEqual(afterA);
    expect((await stored()).title.en).toBe('Title from tab A');
    expect(await getDb().history.count()).toBe(historyBefore);
  });

  it('then a save based on the stored version goes through, and moves the version on', async () => {
    await saveRecord(withTitle(oas, 'First'), 'edit', null);
    const first = revisionOf(await stored());
    expect(first).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2)); // two saves in one millisecond would share a revision
    await expect(saveRecord(withTitle(oas, 'Second'), 'edit', first)).resolves.toEqual({ changed: true });
    expect(revisionOf(await stored())).not.toBe(first);
    await expect(saveRecord(withTitle(oas, 'Third'), 'edit', first)).rejects.toBeInstanceOf(EditConflict);
    expect((await stored()).title.en).toBe('Second');
  });

  it('then saving over a record deleted elsewhere is refused with nothing stored to compare', async () => {
    const opened = revisionOf(await stored());
    await deleteRecord(oas.id, opened);
    const err = await saveRecord(withTitle(oas, 'Too late'), 'edit', opened).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EditConflict);
    expect((err as EditConflict).theirs).toBeNull();
    expect(await getDb().activities.get(oas.id)).toBeUndefined();
  });

  it('then deleting a version that is no longer the stored one is refused', async () => {
    const opened = revisionOf(await stored());
    await saveRecord(withTitle(oas, 'Changed elsewhere'), 'edit', opened);
    await expect(deleteRecord(oas.id, opened)).rejects.toBeInstanceOf(EditConflict);
    expect((await stored()).title.en).toBe('Changed elsewhere');
  });
});

describe('when an analyst reverts a record to an earlier version', () => {
  it('then the revert is refused if the record changed since the history was read', async () => {
    const original = await stored();
    await saveRecord(withTitle(oas, 'First edit'), 'edit', null);
    const seen = revisionOf(await stored());
    await new Promise((r) => setTimeout(r, 2)); // two saves in one millisecond would share a revision
    await saveRecord(withTitle(oas, 'Edit from another tab'), 'edit', seen);
    await expect(revertRecord(oas, '', seen)).rejects.toBeInstanceOf(EditConflict);
    expect((await stored()).title.en).toBe('Edit from another tab');
    expect(original.title.en).toBe(oas.title.en);
  });

  it('then a revert from the current version writes the old values and a history row of kind revert', async () => {
    await saveRecord(withTitle(oas, 'First edit'), 'edit', null);
    const at = (await getDb().history.toArray())[0]!.at;
    await saveRecord(withTitle(oas, 'Second edit'), 'edit', revisionOf(await stored()));
    await revertRecord(withTitle(oas, 'First edit'), at, revisionOf(await stored()), '  typo  ');
    expect((await stored()).title.en).toBe('First edit');
    const last = (await getDb().history.orderBy('seq').toArray()).at(-1);
    expect(last).toMatchObject({ kind: 'revert', note: at, reason: 'typo' });
  });
});
