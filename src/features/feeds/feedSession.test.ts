import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markOutdated } from '../../db/connection';
import { resetDbForTests } from '../../db/database';
import { classifyWriteError } from '../../db/errors';
import { subscribeFeed } from '../../db/feeds';
import { ensureSeeded, resetSeedingForTests } from '../../db/seed';
import { embeddedActivities } from '../../testing/embedded';
import { syncFeedsOnStart } from './autoSync';
import type { FromFeedWorker, ToFeedWorker } from './feedMessages';
import { openFeedSession } from './feedSession';
import { FEED_ADDRESS, fakeFeedHost } from './testing/fakeFeedHost';

/** A stand-in for the feed worker: records that it was started and what it was asked, and answers "unchanged". */
function fakeWorkers() {
  const started: string[] = [];
  const posted: ToFeedWorker[] = [];
  class FakeWorker {
    onmessage: ((e: { data: FromFeedWorker }) => void) | null = null;
    onerror: unknown = null;
    constructor(url: URL) {
      started.push(url.pathname);
    }
    postMessage(m: ToFeedWorker) {
      posted.push(m);
      const data: FromFeedWorker = { type: 'done', address: m.address, result: { kind: 'unchanged' } };
      setTimeout(() => this.onmessage?.({ data }));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', FakeWorker);
  return { started, posted };
}

let host: ReturnType<typeof fakeFeedHost>;
beforeEach(async () => {
  await resetDbForTests(); // also reopens the connection state
  resetSeedingForTests();
  await ensureSeeded();
  host = fakeFeedHost();
  await subscribeFeed(FEED_ADDRESS);
  await host.publish(embeddedActivities);
  vi.stubGlobal('fetch', host.deps.fetch);
});
afterEach(() => vi.unstubAllGlobals());

describe('when the database was deleted in another tab before the Feeds page opened', () => {
  it('then no worker is started (it would recreate the database) and a sync is refused as a closed database', async () => {
    const workers = fakeWorkers();
    markOutdated('deleted');
    const session = openFeedSession(() => {});
    const err = await session.sync(FEED_ADDRESS).catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    expect(workers.started).toEqual([]);
  });
});

describe('when the database is deleted while the Feeds page is open', () => {
  it('then the next "Sync now" is refused and nothing is sent to the worker', async () => {
    const workers = fakeWorkers();
    const session = openFeedSession(() => {});
    expect(workers.started).toHaveLength(1);
    markOutdated('deleted');
    const err = await session.sync(FEED_ADDRESS).catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    expect(workers.posted).toEqual([]);
  });

  it('then on this thread (no workers) a sync is refused before it fetches anything', async () => {
    const session = openFeedSession(() => {});
    markOutdated('upgraded');
    const err = await session.sync(FEED_ADDRESS).catch((e: unknown) => e);
    expect(classifyWriteError(err)).toBe('closed');
    expect(host.requests).toEqual([]);
  });
});

describe('when the app starts in a tab whose database was deleted elsewhere', () => {
  it('then the start-up sync fetches and writes nothing', async () => {
    markOutdated('deleted');
    await syncFeedsOnStart();
    expect(host.requests).toEqual([]);
  });

  it('then, the connection being open, the same start-up sync does run (the test can see a sync)', async () => {
    await syncFeedsOnStart();
    expect(host.requests).toContain(FEED_ADDRESS);
  });
});
