import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embeddedActivities, embeddedSources } from '../testing/embedded';
import { getDb, resetDbForTests } from './database';
import type * as Embedded from './embedded';
import { embeddedHash, embeddedProbablyStored, hashOf, loadEmbedded } from './embedded';
import { EMBEDDED_HASH_KEY, ensureSeeded, resetSeedingForTests } from './seed';

// The real module, with its loader counted: the seed must fetch the data set only when the database lacks it.
const loads = vi.hoisted(() => ({ n: 0 }));
vi.mock('./embedded', async (importOriginal) => {
  const actual = await importOriginal<typeof Embedded>();
  return {
    ...actual,
    loadEmbedded: () => {
      loads.n++;
      return actual.loadEmbedded();
    },
  };
});

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  loads.n = 0;
});
afterEach(() => resetSeedingForTests());

describe('the embedded data set the build ships (virtual:embedded-data)', () => {
  it('holds every record of data/activities and every release of data/sources, in file order', async () => {
    const data = await loadEmbedded();
    expect(data.activities).toEqual(embeddedActivities);
    expect(data.sources).toEqual(embeddedSources);
  });

  it('carries the hash the browser computes from the same data, so a returning visit can trust it unloaded', async () => {
    expect(embeddedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashOf({ activities: embeddedActivities, sources: embeddedSources })).toBe(embeddedHash);
  });
});

describe('when the app seeds at start-up', () => {
  it('then a first visit loads the data set once and stores it under the build hash', async () => {
    await ensureSeeded();
    expect(loads.n).toBe(1);
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
    expect((await getDb().meta.get(EMBEDDED_HASH_KEY))?.value).toBe(embeddedHash);
  });

  it('then a later page load finds this data set stored and does not load it again', async () => {
    await ensureSeeded();
    resetSeedingForTests();
    await ensureSeeded();
    expect(loads.n).toBe(1);
  });

  it('then a database holding an older data set loads this one and merges it', async () => {
    await ensureSeeded();
    await getDb().meta.put({ key: EMBEDDED_HASH_KEY, value: 'an-older-build' });
    await getDb().activities.delete(embeddedActivities[0]!.id);
    resetSeedingForTests();
    const r = await ensureSeeded();
    expect(loads.n).toBe(2);
    expect(r.changed).toBe(true);
    expect(await getDb().activities.get(embeddedActivities[0]!.id)).toBeDefined();
  });
});

describe('the hint that lets start-up fetch the data set early', () => {
  it('is off in a browser that has not stored this data set, and on once the seed has stored it', async () => {
    localStorage.clear();
    expect(embeddedProbablyStored()).toBe(false);
    await ensureSeeded();
    expect(embeddedProbablyStored()).toBe(true);
  });

  it('is off again when a newer build brings another data set', async () => {
    localStorage.clear();
    await ensureSeeded();
    localStorage.setItem('agenda-exterior:embedded-stored', 'the-hash-of-an-older-build');
    expect(embeddedProbablyStored()).toBe(false);
  });
});
