import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityFile } from '../../domain/activity';
import { getDb, resetDbForTests } from '../../db/database';
import { embeddedActivities } from '../../testing/embedded';
import { generateActivities } from '../../testing/generate';
import {
  changesSinceSync,
  getFeed,
  listConflicts,
  settleConflict,
  subscribeFeed,
  unsubscribeFeed,
} from '../../db/feeds';
import { ensureSeeded, resetSeedingForTests } from '../../db/seed';
import { deleteRecord, saveRecord } from '../../db/writes';
import { START_SYNC_UNLESS_WITHIN_MS } from './autoSync';
import { withFeedLock } from './feedLock';
import { lockedSync } from './lockedSync';
import { syncFeedNow } from './syncFeed';
import { FEED_ADDRESS, fakeFeedHost } from './testing/fakeFeedHost';

const ORIGIN = `feed:${FEED_ADDRESS}`;
let host: ReturnType<typeof fakeFeedHost>;

/** Three months of records: the embedded set (Nov–Dec 2025 and Q1 2026) as the team published it. */
const records: ActivityFile[] = [...embeddedActivities];
const retitled = (a: ActivityFile, suffix: string): ActivityFile => ({
  ...a,
  title: { ...a.title, en: `${a.title.en} ${suffix}` },
});

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  await ensureSeeded();
  host = fakeFeedHost();
  await subscribeFeed(FEED_ADDRESS);
});

const sync = () => syncFeedNow(FEED_ADDRESS, () => {}, host.deps);
const dump = async () => {
  const db = getDb();
  return {
    activities: await db.activities.orderBy('id').toArray(),
    chunks: await db.feedChunks.toArray(),
    conflicts: await db.feedConflicts.toArray(),
    feed: { ...(await getFeed(FEED_ADDRESS)), lastError: undefined },
  };
};

describe('when a feed is synced the first time', () => {
  it("then every record is stored with the feed's origin, each chunk fetched once", async () => {
    const feed = await host.publish(records);
    const r = await sync();
    expect(r).toMatchObject({ kind: 'applied', fetched: feed.chunks.length });
    expect(host.requests).toHaveLength(1 + feed.chunks.length);
    const stored = await getDb().activities.where('origin').equals(ORIGIN).count();
    expect(stored).toBe(records.length);
    expect((await getFeed(FEED_ADDRESS))?.lastSync).toBeTruthy();
  });

  it('then a second sync of the same feed asks with the ETag, gets 304 and changes nothing', async () => {
    await host.publish(records);
    await sync();
    const before = await dump();
    host.clearLog();
    expect(await sync()).toEqual({ kind: 'unchanged' });
    expect(host.requests).toEqual([FEED_ADDRESS]);
    const after = await dump();
    expect(after.activities).toEqual(before.activities);
    expect(after.chunks).toEqual(before.chunks);
  });
});

describe('when the feed changes one record', () => {
  it('then the resync fetches the manifest and that one chunk only, and stores the change', async () => {
    await host.publish(records);
    await sync();
    const target = records[4]!;
    const feed = await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, '(rev)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    host.clearLog();
    const r = await sync();
    expect(r).toMatchObject({ kind: 'applied', fetched: 1, outcome: { updated: 1, created: 0, deleted: 0 } });
    expect(host.requests).toHaveLength(2);
    expect(feed.manifest.chunks.map((c) => new URL(c.path, FEED_ADDRESS).href)).toContain(host.requests[1]);
    expect((await getDb().activities.get(target.id))?.title.en).toBe(`${target.title.en} (rev)`);
  });

  it('then a record gone from the feed is deleted, and a new one added', async () => {
    await host.publish(records);
    await sync();
    const [gone, ...rest] = records;
    const added = { ...rest[0]!, id: 'team-added-record' };
    await host.publish([...rest, added], '2026-12-06T10:00:00.000Z');
    expect(await sync()).toMatchObject({ outcome: { created: 1, deleted: 1 } });
    expect(await getDb().activities.get(gone!.id)).toBeUndefined();
    expect(await getDb().activities.get(added.id)).toMatchObject({ origin: ORIGIN });
  });
});

describe('when a feed of thousands of records changes ten of them, all of one month', () => {
  it('then the resync fetches the manifest and that month only, and stores the ten changes', async () => {
    const many = generateActivities(3000, 7);
    const feed = await host.publish(many);
    expect(feed.chunks.length).toBeGreaterThan(10);
    await sync();
    const month = many[0]!.date.slice(0, 7);
    const changed = new Set(
      many
        .filter((a) => a.date.startsWith(month))
        .slice(0, 10)
        .map((a) => a.id),
    );
    expect(changed.size).toBe(10);
    const next = await host.publish(
      many.map((a) => (changed.has(a.id) ? retitled(a, '(rev)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    host.clearLog();
    expect(await sync()).toMatchObject({ kind: 'applied', fetched: 1, outcome: { updated: 10, created: 0 } });
    const fresh = next.manifest.chunks.filter((c) => !feed.manifest.chunks.some((o) => o.sha256 === c.sha256));
    expect(fresh).toHaveLength(1);
    expect(host.requests).toEqual([FEED_ADDRESS, new URL(fresh[0]!.path, FEED_ADDRESS).href]);
    const stored = await getDb().activities.bulkGet([...changed]);
    expect(stored.every((a) => a?.title.en.endsWith('(rev)'))).toBe(true);
  });
});

describe('when the feed gives its records an updatedAt (an export of the app fed to feed:build)', () => {
  it('then a resync counts only the record that changed, and raises no conflict over one the analyst edited', async () => {
    const stamped = records.map((a) => ({ ...a, updatedAt: '2026-12-01T09:00:00.000Z' }));
    await host.publish(stamped);
    await sync();
    const [edited, changed] = [records[2]!, records[4]!];
    await saveRecord(retitled(edited, '(mine)'), 'edit');
    await host.publish(
      stamped.map((a) =>
        a.id === changed.id ? { ...retitled(a, '(rev)'), updatedAt: '2026-12-06T09:00:00.000Z' } : a,
      ),
      '2026-12-06T10:00:00.000Z',
    );
    expect(await sync()).toMatchObject({ kind: 'applied', outcome: { updated: 1, created: 0, conflicts: 0 } });
    expect(await listConflicts(FEED_ADDRESS)).toEqual([]);
  });
});

describe('when the analyst edited a record the feed then changes', () => {
  it("then the analyst's version is kept and a conflict listed; taking theirs stores the feed's", async () => {
    await host.publish(records);
    await sync();
    const target = records[2]!;
    await saveRecord(retitled(target, '(mine)'), 'edit');
    await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, '(theirs)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    expect(await sync()).toMatchObject({ outcome: { conflicts: 1, updated: 0 } });
    expect(await getDb().activities.get(target.id)).toMatchObject({
      origin: 'analyst',
      title: { en: `${target.title.en} (mine)` },
    });
    const [c] = await listConflicts(FEED_ADDRESS);
    expect(c).toMatchObject({ id: target.id, base: target, theirs: { title: { en: `${target.title.en} (theirs)` } } });
    await settleConflict(FEED_ADDRESS, target.id, 'theirs');
    expect(await getDb().activities.get(target.id)).toMatchObject({
      origin: ORIGIN,
      title: { en: `${target.title.en} (theirs)` },
    });
    expect(await listConflicts(FEED_ADDRESS)).toEqual([]);
  });

  it('then "keep mine" keeps it, and the change set carries the kept version until the feed takes it', async () => {
    await host.publish(records);
    await sync();
    const target = records[2]!;
    const mine = retitled(target, '(mine)');
    await saveRecord(mine, 'edit');
    await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, '(theirs)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    await sync();
    // The edit is older than the sync that raised the conflict: only "keep mine" puts it in the change set.
    expect((await changesSinceSync(FEED_ADDRESS)).map((r) => r.id)).toEqual([]);
    await settleConflict(FEED_ADDRESS, target.id, 'mine');
    expect(await getDb().activities.get(target.id)).toMatchObject({ origin: 'analyst' });
    expect(await listConflicts(FEED_ADDRESS)).toEqual([]);
    await saveRecord({ ...records[0]!, id: 'my-new-record' }, 'create');
    const changeSet = await changesSinceSync(FEED_ADDRESS);
    expect(changeSet.map((r) => r.id)).toEqual(['my-new-record', target.id].sort());
    expect(changeSet.find((r) => r.id === target.id)?.title.en).toBe(mine.title.en);
    // The keeper merges it and publishes again: the feed now agrees, so the kept version leaves the change set.
    await host.publish(
      records.map((a) => (a.id === target.id ? mine : a)),
      '2026-12-07T10:00:00.000Z',
    );
    await sync();
    expect((await changesSinceSync(FEED_ADDRESS)).map((r) => r.id)).toEqual([]);
  });

  it('then unsubscribing removes the feed records the analyst did not edit, and keeps the edited one', async () => {
    await host.publish(records);
    await sync();
    const target = records[2]!;
    await saveRecord(retitled(target, '(mine)'), 'edit');
    expect(await unsubscribeFeed(FEED_ADDRESS)).toEqual({ removed: records.length - 1 });
    expect(await getDb().activities.toCollection().primaryKeys()).toEqual([target.id]);
    expect(await getDb().feedChunks.count()).toBe(0);
  });

  it('then a conflict the feed settles goes, one it does not stays, and no other conflict key is touched', async () => {
    await host.publish(records);
    await sync();
    const [a, b] = [records[2]!, records[3]!];
    const mineA = retitled(a, '(mine)');
    await saveRecord(mineA, 'edit');
    await saveRecord(retitled(b, '(mine)'), 'edit');
    const theirs = (x: ActivityFile) => (x.id === a.id || x.id === b.id ? retitled(x, '(theirs)') : x);
    await host.publish(records.map(theirs), '2026-12-06T10:00:00.000Z');
    await sync();
    expect((await listConflicts(FEED_ADDRESS)).map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
    // The team takes the analyst's wording of A: that conflict is settled by the feed itself; B's still stands.
    await host.publish(
      records
        .map((x) => (x.id === a.id ? mineA : theirs(x)))
        .map((x) => (x.id === records[5]!.id ? retitled(x, '(rev)') : x)),
      '2026-12-07T10:00:00.000Z',
    );
    const deletes = vi.spyOn(getDb().feedConflicts, 'bulkDelete');
    await sync();
    expect((await listConflicts(FEED_ADDRESS)).map((c) => c.id)).toEqual([b.id]);
    // Only standing conflicts are deleted: not a key per record the sync wrote (a first sync writes 100,000).
    const keys = deletes.mock.calls.flatMap(([k]) => [...k]);
    expect(keys).toEqual([[FEED_ADDRESS, a.id]]);
  });

  it('then a record the analyst deleted is not brought back by an unchanged feed', async () => {
    await host.publish(records);
    await sync();
    await deleteRecord(records[1]!.id);
    await host.publish(
      records.map((a) => (a.id === records[3]!.id ? retitled(a, '(rev)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    await sync();
    expect(await getDb().activities.get(records[1]!.id)).toBeUndefined();
  });
});

describe('when the feed is faulty', () => {
  const refusedUnchanged = async (expected: object) => {
    await host.publish(records);
    await sync();
    const target = records[4]!;
    const feed = await host.publish(
      records.map((a) => (a.id === target.id ? retitled(a, '(rev)') : a)),
      '2026-12-06T10:00:00.000Z',
    );
    return { feed, target, expected };
  };

  it('then a chunk whose bytes do not match its hash is refused, naming the chunk, and nothing is written', async () => {
    const { feed } = await refusedUnchanged({});
    const before = await dump();
    const changed = feed.manifest.chunks.find((c) => !before.chunks.some((s) => s.sha256 === c.sha256))!;
    const bytes = host.get(changed.path)!;
    host.put(changed.path, bytes.slice(0, bytes.length - 40)); // truncated
    expect(await sync()).toEqual({ kind: 'failed', failure: { code: 'chunk.hash', chunk: changed.path } });
    expect(await dump()).toEqual(before);
    expect((await getFeed(FEED_ADDRESS))?.lastError).toMatchObject({ code: 'chunk.hash', chunk: changed.path });
  });

  it('then a chunk with the right hash but an invalid record is refused, naming chunk and record', async () => {
    await host.publish(records);
    await sync();
    const before = await dump();
    const bad = { ...records[0]!, countries: ['XX'] };
    const feed = await host.publish([bad, ...records.slice(1)], '2026-12-06T10:00:00.000Z');
    const r = await sync();
    expect(r).toMatchObject({
      kind: 'failed',
      failure: { code: 'chunk.invalid', detail: expect.stringContaining('country.unknown') as string },
    });
    expect(feed.manifest.chunks.map((c) => c.path)).toContain((r as { failure: { chunk: string } }).failure.chunk);
    expect(await dump()).toEqual(before);
  });

  it("then on a first sync, an invalid record in the feed's last chunk undoes the chunks already sent: nothing is written", async () => {
    const before = await dump();
    const latest = records.reduce((a, b) => (b.date > a.date ? b : a));
    const feed = await host.publish(records.map((a) => (a === latest ? { ...a, countries: ['XX'] } : a)));
    const r = await sync();
    expect(r).toMatchObject({ kind: 'failed', failure: { code: 'chunk.invalid' } });
    const failed = feed.manifest.chunks.findIndex(
      (c) => c.path === (r as { failure: { chunk: string } }).failure.chunk,
    );
    // Every chunk before it is valid: none of them may be stored without the last (one sync, one transaction).
    expect(failed).toBe(feed.manifest.chunks.length - 1);
    expect(failed).toBeGreaterThan(0);
    expect(await getDb().activities.where('origin').equals(ORIGIN).count()).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('then a chunk holding fewer records than the manifest says is refused, naming the chunk, and nothing is written', async () => {
    const { feed } = await refusedUnchanged({});
    const before = await dump();
    const changed = feed.manifest.chunks.find((c) => !before.chunks.some((s) => s.sha256 === c.sha256))!;
    const manifest = JSON.parse(new TextDecoder().decode(host.get('feed.json'))) as {
      chunks: { path: string; records: number }[];
    };
    for (const c of manifest.chunks) if (c.path === changed.path) c.records += 1;
    host.put('feed.json', new TextEncoder().encode(JSON.stringify(manifest)));
    expect(await sync()).toEqual({
      kind: 'failed',
      failure: { code: 'chunk.count', chunk: changed.path, expected: changed.records + 1, found: changed.records },
    });
    expect(await dump()).toEqual(before);
  });

  it('then a chunk the host does not have (404) is refused, naming the chunk, and nothing is written', async () => {
    const { feed } = await refusedUnchanged({});
    const before = await dump();
    const changed = feed.manifest.chunks.find((c) => !before.chunks.some((s) => s.sha256 === c.sha256))!;
    host.remove(changed.path);
    expect(await sync()).toEqual({ kind: 'failed', failure: { code: 'http', status: 404, chunk: changed.path } });
    expect(await dump()).toEqual(before);
  });

  it.each([
    ['not JSON', '<html>oops</html>', 'manifest.notJson'],
    ['an unknown version', JSON.stringify({ format: 'agenda-exterior.feed', version: 9 }), 'manifest.version'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 }), 'manifest.format'],
  ])('then a manifest that is %s is refused and nothing is written', async (_what, text, code) => {
    await host.publish(records);
    await sync();
    const before = await dump();
    host.put('feed.json', new TextEncoder().encode(text));
    expect(await sync()).toMatchObject({ kind: 'failed', failure: { code } });
    expect(await dump()).toEqual(before);
  });

  it('then offline, the last synced data and the time of the last sync stay', async () => {
    await host.publish(records);
    await sync();
    const before = await dump();
    host.setOnline(false);
    expect(await sync()).toEqual({ kind: 'failed', failure: { code: 'offline' } });
    expect(await dump()).toEqual(before);
    host.setOnline(true);
    host.failWhen(() => true);
    expect(await sync()).toEqual({ kind: 'failed', failure: { code: 'unreachable' } });
  });

  it('then a sync cut off mid-way writes nothing, and the next sync completes it', async () => {
    await subscribeFeed('https://other.example/feed.json').catch(() => undefined);
    const feed = await host.publish(records);
    host.failWhen((url) => url.endsWith(feed.manifest.chunks[1]!.path));
    const before = await dump();
    expect(await sync()).toMatchObject({ kind: 'failed', failure: { code: 'unreachable' } });
    expect((await dump()).activities).toEqual(before.activities);
    expect(await getDb().feedChunks.count()).toBe(0);
    host.failWhen(null);
    expect(await sync()).toMatchObject({ kind: 'applied', fetched: feed.chunks.length });
    expect(await getDb().activities.where('origin').equals(ORIGIN).count()).toBe(records.length);
  });
});

describe('when two syncs of the same feed start at once', () => {
  it('then one runs and the other steps aside', async () => {
    await host.publish(records);
    const results = await Promise.all([withFeedLock(FEED_ADDRESS, sync), withFeedLock(FEED_ADDRESS, sync)]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)).toMatchObject({ kind: 'applied' });
  });
});

describe('when the app starts just after the feed was synced', () => {
  const startSync = () => lockedSync(FEED_ADDRESS, () => {}, { unlessSyncedWithinMs: START_SYNC_UNLESS_WITHIN_MS });

  afterEach(() => vi.unstubAllGlobals());

  it('then the start-up sync leaves it: nothing fetched, the next change still reaches the analyst', async () => {
    vi.stubGlobal('fetch', host.deps.fetch);
    await host.publish(records);
    expect(await sync()).toMatchObject({ kind: 'applied' });
    await host.publish(records.map((a, i) => (i === 3 ? retitled(a, '(revised)') : a)));
    host.clearLog();
    expect(await startSync()).toEqual({ kind: 'recent' });
    expect(host.requests).toEqual([]);
    expect(await sync()).toMatchObject({ kind: 'applied', outcome: { updated: 1 } });
  });

  it('then a feed last synced longer ago is synced at start', async () => {
    vi.stubGlobal('fetch', host.deps.fetch);
    await host.publish(records);
    await sync();
    const old = new Date(Date.now() - START_SYNC_UNLESS_WITHIN_MS - 1000).toISOString();
    await getDb().feeds.update(FEED_ADDRESS, { lastSync: old });
    await host.publish(records.map((a, i) => (i === 3 ? retitled(a, '(revised)') : a)));
    host.clearLog();
    expect(await startSync()).toMatchObject({ kind: 'applied', outcome: { updated: 1 } });
    expect(host.requests.length).toBe(2);
  });
});
