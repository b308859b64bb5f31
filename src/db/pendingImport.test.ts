import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedActivities } from '../testing/embedded';
import { resetDbForTests } from './database';
import { applyImport } from './importWrites';
import {
  checkInterruptedImport,
  dismissInterruptedImport,
  useInterruptedImports,
  withPendingImport,
} from './pendingImport';
import { resetSeedingForTests } from './seed';

/**
 * An import whose page closed while it was writing: its write never ends, and (one transaction) wrote nothing.
 * Resolves once the write has got as far as it will (after `before`).
 */
function cutOff(file: string, records: number, before: () => Promise<unknown> = () => Promise.resolve()) {
  return new Promise<void>((reached) => {
    void withPendingImport(file, records, async () => {
      await before();
      reached();
      return new Promise<never>(() => {});
    });
  });
}

/** The next page load's check, and what the notice is then given. */
async function nextVisit() {
  const { result } = renderHook(() => useInterruptedImports());
  await act(() => checkInterruptedImport());
  return result.current.map((p) => `${p.file}: ${p.records}`);
}

const oas = embeddedActivities.find((a) => a.id === 'oas-asylum-proposal')!;

beforeEach(async () => {
  await resetDbForTests();
  resetSeedingForTests();
  localStorage.clear();
});
afterEach(() => {
  act(() => dismissInterruptedImport());
  delete (navigator as { locks?: unknown }).locks;
});

describe('when an import was cut off while it was writing', () => {
  it('then the next visit reports it with its file and count', async () => {
    await cutOff('month.csv', 1234);
    expect(await nextVisit()).toEqual(['month.csv: 1234']);
  });

  it('then, once dismissed, it is not reported again', async () => {
    await cutOff('month.csv', 12);
    expect(await nextVisit()).toHaveLength(1);
    act(() => dismissInterruptedImport());
    expect(await nextVisit()).toEqual([]);
  });

  it('then one that had committed just before the page closed is not reported, and its note goes', async () => {
    await cutOff('month.json', 1, () => applyImport([{ ...oas, id: 'imported-before-close' }], 'month.json'));
    expect(await nextVisit()).toEqual([]);
    expect(Object.keys(localStorage).filter((k) => k.includes('import-pending'))).toEqual([]);
  });

  it('then a note left by the build before per-import notes is still reported', async () => {
    const at = new Date().toISOString();
    localStorage.setItem(
      'agenda-exterior:import-pending',
      JSON.stringify({ tab: 'an-old-tab', file: 'old.csv', records: 5, at }),
    );
    expect(await nextVisit()).toEqual(['old.csv: 5']);
  });
});

describe('when an import ends', () => {
  it('then, written or failed, it leaves no note to report', async () => {
    await withPendingImport('a.csv', 3, () => Promise.resolve('written'));
    await expect(withPendingImport('b.csv', 3, () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(localStorage.length).toBe(0);
    expect(await nextVisit()).toEqual([]);
  });
});

describe('when two tabs import at once', () => {
  it('then the one that finishes does not remove the other’s note: the other, cut off, is reported', async () => {
    await cutOff('tab-b.csv', 20);
    await withPendingImport('tab-a.csv', 10, () => Promise.resolve());
    expect(await nextVisit()).toEqual(['tab-b.csv: 20']);
  });

  it('then both, cut off, are reported', async () => {
    await cutOff('tab-a.csv', 10);
    await cutOff('tab-b.csv', 20);
    expect((await nextVisit()).sort()).toEqual(['tab-a.csv: 10', 'tab-b.csv: 20']);
  });
});

describe('when the import is still being written (its tab holds the lock)', () => {
  it('then it is not mistaken for an interrupted one', async () => {
    // Web Locks as a browser gives them: held while the callback runs.
    const held = new Set<string>();
    (navigator as { locks?: unknown }).locks = {
      request: async (name: string, fn: () => Promise<unknown>) => {
        held.add(name);
        try {
          return await fn();
        } finally {
          held.delete(name);
        }
      },
      query: () => Promise.resolve({ held: [...held].map((name) => ({ name })) }),
    };
    await cutOff('running.csv', 7);
    expect(held.size).toBe(1);
    expect(await nextVisit()).toEqual([]);
  });
});
