import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { embeddedActivities } from '../testing/embedded';
import { storedRecord } from '../testing/records';
import { getDb, resetDbForTests } from './database';
import { askFirstVisit, isFirstVisit, loadEmbeddedAsStored, resetFirstVisitForTests } from './firstVisit';
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
    await waitFor(() => expect(seen).toEqual([`${N} placeholder`, N]));
  });
});

describe('a later visit', () => {
  it('then no placeholder is shown: an analyst’s records are never hidden behind the embedded set', async () => {
    await ensureSeeded();
    await getDb().activities.put(storedRecord({ id: 'analyst-1' }));
    resetSeedingForTests();
    const first = askFirstVisit();
    const { seen, hook } = watch();
    expect(await first).toBe(false);
    await waitFor(() => expect(hook.result.current.data).toHaveLength(embeddedActivities.length + 1));
    expect(seen).toEqual(['none', String(embeddedActivities.length + 1)]);
  });
});
