import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { getDb, resetDbForTests } from './database';
import { embeddedActivities } from '../testing/embedded';
import { onChange, TAB_ID, type Change } from './changeFeed';
import { ensureSeeded, resetSeedingForTests } from './seed';
import { invalidateFor } from './useChangeSync';
import { activityKeys } from './queries';
import { briefingKeys } from './briefingQueries';
import { saveRecord } from './writes';
import { addBriefingItem } from './briefing';
import { feedKeys } from './feedKeys';
import { settleConflict, subscribeFeed } from './feeds';
import { vocabularyKeys } from './vocabularyQueries';
import { addVocabularyEntry } from './vocabularyWrites';

let seen: [Change, boolean][] = [];
let stop = () => {};
beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
  seen = [];
  stop = onChange((c, own) => seen.push([c, own]));
});
afterEach(() => stop());

const oas = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;

describe('when this tab writes', () => {
  it('then each committed transaction announces the tables it wrote, as this tab’s', async () => {
    await saveRecord({ ...oas, title: { ...oas.title, en: 'Changed' } }, 'edit');
    await addBriefingItem({ kind: 'note', text: 'A note' });
    expect(seen.map(([c, own]) => [c.tab, c.tables.sort(), own])).toEqual([
      [TAB_ID, ['activities', 'history'], true],
      [TAB_ID, ['briefing'], true],
    ]);
  });

  it('then a transaction that writes nothing, or fails, announces nothing', async () => {
    await ensureSeeded(); // the seed's read-write transaction finds nothing to do
    await saveRecord(oas, 'edit'); // identical values: no write
    await expect(saveRecord(oas, 'create')).rejects.toThrow(); // exists: refused inside the transaction
    const db = getDb();
    await expect(
      db.transaction('rw', db.activities, async () => {
        await db.activities.delete(oas.id);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(seen).toEqual([]);
    expect(await db.activities.get(oas.id)).toBeDefined();
  });
});

describe('when another tab writes', () => {
  it('then its announcement reaches this tab as not its own', async () => {
    const other = new BroadcastChannel('agenda-exterior:changes');
    other.postMessage({ tab: 'another-tab', tables: ['activities'], at: 1 } satisfies Change);
    await new Promise((r) => setTimeout(r, 50));
    other.close();
    expect(seen).toEqual([[{ tab: 'another-tab', tables: ['activities'], at: 1 }, false]]);
  });

  it('then exactly the queries that read the written tables go stale', async () => {
    const client = new QueryClient();
    const keys = [activityKeys.list(), activityKeys.detail('x'), briefingKeys.items(), ['atlas', '110m']];
    for (const k of keys) client.setQueryData(k, 1);
    await invalidateFor(client, { tab: 'another-tab', tables: ['history'], at: 1 });
    expect(keys.map((k) => client.getQueryState(k)?.isInvalidated)).toEqual([true, true, false, false]);
    await invalidateFor(client, { tab: 'another-tab', tables: ['settings'], at: 2 });
    expect(client.getQueryState(briefingKeys.items())?.isInvalidated).toBe(true);
    expect(client.getQueryState(['atlas', '110m'])?.isInvalidated).toBe(false);
  });
});

describe('when another tab adds a vocabulary entry, subscribes to a feed or settles a feed conflict', () => {
  const FEED = 'https://team.example/feed/feed.json';
  const keys = [
    vocabularyKeys.merged(),
    feedKeys.list(),
    feedKeys.conflicts(FEED),
    activityKeys.list(),
    activityKeys.detail(oas.id),
  ];
  /** What this tab's queries look like after the other tab's write was announced here (as not its own). */
  async function staleAfter(write: () => Promise<unknown>): Promise<Record<string, boolean>> {
    seen = [];
    await write();
    const client = new QueryClient();
    for (const k of keys) client.setQueryData(k, 1);
    for (const [change] of seen) await invalidateFor(client, { ...change, tab: 'another-tab' });
    return Object.fromEntries(keys.map((k) => [k.join('/'), client.getQueryState(k)?.isInvalidated ?? false]));
  }

  it('then the new entry refetches the vocabulary, not every record', async () => {
    const entry = {
      id: 'ANDEAN-PARLIAMENT',
      label: { es: 'Parlamento Andino', en: 'Andean Parliament' },
      acronym: { es: 'PA', en: 'AP' },
    };
    expect(await staleAfter(() => addVocabularyEntry('organization', entry))).toEqual({
      'activities/vocabulary': true,
      'activities/feeds': false,
      [`activities/feeds/conflicts/${FEED}`]: false,
      'activities/list': false,
      [`activities/detail/${oas.id}`]: false,
    });
  });

  it('then the subscription shows in the feed list', async () => {
    const stale = await staleAfter(() => subscribeFeed(FEED));
    expect(stale['activities/feeds']).toBe(true);
    expect(stale['activities/list']).toBe(false);
  });

  it('then a write of the conflicts alone refreshes the feed list and its conflicts', async () => {
    await subscribeFeed(FEED);
    const at = '2026-12-05T10:00:00.000Z';
    await getDb().feedConflicts.add({ feed: FEED, id: oas.id, base: null, theirs: oas, mine: null, at });
    const stale = await staleAfter(() => getDb().feedConflicts.delete([FEED, oas.id]));
    expect(seen.map(([c]) => c.tables)).toEqual([['feedConflicts']]);
    expect(stale['activities/feeds']).toBe(true);
    expect(stale[`activities/feeds/conflicts/${FEED}`]).toBe(true);
    expect(stale['activities/list']).toBe(false);
  });

  it('then "keep mine" (the conflict, and the kept version noted on the feed) refreshes them, not the records', async () => {
    await subscribeFeed(FEED);
    const at = '2026-12-05T10:00:00.000Z';
    await getDb().feedConflicts.add({ feed: FEED, id: oas.id, base: null, theirs: oas, mine: null, at });
    const stale = await staleAfter(() => settleConflict(FEED, oas.id, 'mine'));
    expect(seen.map(([c]) => [...c.tables].sort())).toEqual([['feedConflicts', 'feeds']]);
    expect(stale[`activities/feeds/conflicts/${FEED}`]).toBe(true);
    expect(stale['activities/list']).toBe(false);
  });
});
