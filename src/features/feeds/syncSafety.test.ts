import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityFile } from '../../domain/activity';
import { onChange, type Change } from '../../db/changeFeed';
import { getDb, resetDbForTests } from '../../db/database';
import { embeddedActivities } from '../../testing/embedded';
import { EditConflict } from '../../db/errors';
import { settleConflict, subscribeFeed, unsubscribeFeed } from '../../db/feeds';
import { readMarker } from '../../db/marker';
import { checkMarkerOnOpen, noteChange, resetMarkerForTests } from '../../db/markerStore';
import { ensureSeeded, resetSeedingForTests } from '../../db/seed';
import { addVocabularyEntry } from '../../db/vocabularyWrites';
import { revisionOf, saveRecord } from '../../db/writes';
import { syncFeedNow } from './syncFeed';
import { FEED_ADDRESS, fakeFeedHost } from './testing/fakeFeedHost';

/** A feed sync is a write of the analyst's data: the data-safety rules of every other write hold for it too. */

let host: ReturnType<typeof fakeFeedHost>;
const records: ActivityFile[] = [...embeddedActivities];
const target = records[3]!;
const retitled = (a: ActivityFile, en: string): ActivityFile => ({ ...a, title: { ...a.title, en } });
const sync = () => syncFeedNow(FEED_ADDRESS, () => {}, host.deps);
const stored = async (id: string) => (await getDb().activities.get(id))!;

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  resetMarkerForTests();
  localStorage.clear();
  await ensureSeeded();
  host = fakeFeedHost();
  await subscribeFeed(FEED_ADDRESS);
});
afterEach(() => localStorage.clear());

describe('when an editor was opened on a feed record and a sync then changed it', () => {
  it("then saving the form is refused as an edit conflict, so the feed's change is not silently lost", async () => {
    await host.publish(records);
    await sync();
    const opened = revisionOf(await stored(target.id));
    const untouched = revisionOf(await stored(records[0]!.id));
    await new Promise((r) => setTimeout(r, 2)); // two writes in one millisecond would share a revision
    await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, 'Theirs') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    expect(await sync()).toMatchObject({ kind: 'applied', outcome: { updated: 1 } });
    await expect(saveRecord(retitled(target, 'Mine'), 'edit', opened)).rejects.toBeInstanceOf(EditConflict);
    expect((await stored(target.id)).title.en).toBe('Theirs');
    // A record the sync did not change keeps its revision: a form open on it still saves.
    expect(revisionOf(await stored(records[0]!.id))).toBe(untouched);
    await expect(saveRecord(retitled(records[0]!, 'Mine'), 'edit', untouched)).resolves.toEqual({ changed: true });
  });

  it('then "take theirs" also gives the record a new revision', async () => {
    await host.publish(records);
    await sync();
    await saveRecord(retitled(target, 'Mine'), 'edit');
    const opened = revisionOf(await stored(target.id));
    await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, 'Theirs') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    await sync();
    await new Promise((r) => setTimeout(r, 2));
    await settleConflict(FEED_ADDRESS, target.id, 'theirs');
    await expect(saveRecord(retitled(target, 'Mine again'), 'edit', opened)).rejects.toBeInstanceOf(EditConflict);
  });
});

describe('when a sync commits', () => {
  it('then the change is announced with the tables it wrote, and the marker counts the feed records', async () => {
    await checkMarkerOnOpen();
    const changes: Change[] = [];
    const stop = onChange((c) => changes.push(c));
    await host.publish(records);
    await sync();
    stop();
    expect(changes.flatMap((c) => c.tables)).toEqual(expect.arrayContaining(['activities', 'history', 'feeds']));
    await noteChange('2026-12-05T08:00:00.000Z');
    expect(readMarker(localStorage)).toMatchObject({
      analystRecords: records.length,
      lastChange: '2026-12-05T08:00:00.000Z',
    });
    await unsubscribeFeed(FEED_ADDRESS);
    await noteChange();
    expect(readMarker(localStorage)?.analystRecords).toBe(0);
  });
});

describe("when a feed record uses an entry of the analyst's vocabulary", () => {
  const withOrg = { ...target, organizations: [...target.organizations, 'TEAM-BODY'] };
  const published = () => host.publish(records.map((a) => (a.id === target.id ? withOrg : a)));

  it('then the sync accepts it once the entry exists here, as an import would', async () => {
    await published();
    expect(await sync()).toMatchObject({
      kind: 'failed',
      failure: { code: 'chunk.invalid', detail: expect.stringContaining('TEAM-BODY') as string },
    });
    await addVocabularyEntry('organization', {
      id: 'TEAM-BODY',
      label: { es: 'Organismo de prueba', en: 'Test body' },
      acronym: { es: 'OP', en: 'TB' },
    });
    expect(await sync()).toMatchObject({ kind: 'applied' });
    expect((await stored(target.id)).organizations).toContain('TEAM-BODY');
  });
});
