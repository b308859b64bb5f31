import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { embeddedActivities } from '../testing/embedded';
import { storedRecord } from '../testing/records';
import { getDb, resetDbForTests } from './database';
import {
  askFirstVisit,
  firstVisitDrawn,
  isFirstVisit,
  loadEmbeddedAsStored,
  notePageShown,
  resetFirstVisitForTests,
} from './firstVisit';
import { useActivities } from './queries';
import { ensureSeeded, resetSeedingForTests } from './seed';

function wrapper({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

/** How many records the embedded data set holds, as the hook reports it. */
const N = String(embeddedActivities.length);

/** Every (length, placeholder?) state useActivities went through, in order. */
function watch() {
  const seen: string[] = [];
  const hook = renderHook(
    () => {
      const q = useActivities();
      const state = q.data ? `${q.data.length}${q.isPlaceholderData ? ' placeholder' : ''}` : 'none';
      if (seen[seen.length - 1] !== state) seen.push(state);
      return q;
    },
    { wrapper },
  );
  return { seen, hook };
}

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  resetFirstVisitForTests();
});

describe('a first visit', () => {
  it('is told apart by the absence of the database, before opening it creates it', async () => {
    expect(await isFirstVisit()).toBe(true);
    await ensureSeeded();
    expect(await isFirstVisit()).toBe(false);
  });

  it('then the embedded set stands in until the same records are read back from the database', async () => {
    const { seen, hook } = watch();
    await waitFor(() => expect(seen[seen.length - 1]).toBe(N));
    expect(hook.result.current.isPlaceholderData).toBe(false);
    expect(seen).toEqual(['none', `${N} placeholder`, N]);
    expect(await getDb().activities.count()).toBe(embeddedActivities.length);
  });

  it('then, asked and loaded before the first render (as main.tsx starts), the first render has the records', async () => {
    expect(await askFirstVisit()).toBe(true);
    await loadEmbeddedAsStored();
    const { seen } = watch();
    expect(seen).toEqual([`${N} placeholder`]);
    notePageShown();
    await waitFor(() => expect(seen).toEqual([`${N} placeholder`, N]));
  });
});

describe('a later visit', () => {
  it('then no placeholder is shown: an analyst’s records are never hidden behind the embedded set', async () => {
    await ensureSeeded();
    await getDb().activities.put(storedRecord({ id: 'analyst-1' }));
    // The next page load.
    resetSeedingForTests();
    resetFirstVisitForTests();
    const first = askFirstVisit();
    const { seen, hook } = watch();
    expect(await first).toBe(false);
    await waitFor(() => expect(hook.result.current.data).toHaveLength(embeddedActivities.length + 1));
    expect(seen).toEqual(['none', String(embeddedActivities.length + 1)]);
  });
});

describe('the database code (Dexie, openDb.ts)', () => {
  /** Whether the promise has settled once pending timers and frames have had 100 ms to run. */
  async function settlesSoon(p: Promise<void>): Promise<boolean> {
    let settled = false;
    void p.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 100));
    return settled;
  }

  it('on a first visit, waits until a page has rendered the embedded set in its stead', async () => {
    expect(await askFirstVisit()).toBe(true);
    void loadEmbeddedAsStored();
    const drawn = firstVisitDrawn();
    expect(await settlesSoon(drawn)).toBe(false);
    notePageShown();
    expect(await settlesSoon(drawn)).toBe(true);
    expect(await isFirstVisit()).toBe(true);
  });

  it('on a later visit, loads at once: the views need the database to draw anything', async () => {
    await ensureSeeded();
    // The next page load, with a newer data set to load (main.tsx loads it, as on a first visit).
    resetSeedingForTests();
    resetFirstVisitForTests();
    void loadEmbeddedAsStored();
    expect(await settlesSoon(firstVisitDrawn())).toBe(true);
  });
});
