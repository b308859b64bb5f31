import { useSyncExternalStore } from 'react';
import { TAB_ID } from './changeFeed';
import { openDb } from './openDb';

/**
 * An import being written, noted in localStorage so the next visit can tell the analyst that one was interrupted
 * (the page closed or reloaded mid-write). The write is one transaction, so an interrupted import wrote nothing;
 * one that committed just before the page closed left its history row, and is then not reported. While it runs,
 * the writing tab holds a Web Lock, so another tab does not mistake a running import for an interrupted one.
 */
export interface PendingImport {
  tab: string;
  file: string;
  records: number;
  at: string;
}

const KEY = 'agenda-exterior:import-pending';
const lockName = (tab: string) => `agenda-exterior:import:${tab}`;

let interrupted: PendingImport | null = null;
const listeners = new Set<() => void>();
const publish = (p: PendingImport | null) => {
  interrupted = p;
  for (const l of listeners) l();
};

function read(): PendingImport | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as PendingImport) : null;
  } catch {
    return null;
  }
}

/** Runs `write` (an import's) with the note in place; the note goes once the write has ended either way. */
export async function withPendingImport<T>(file: string, records: number, write: () => Promise<T>): Promise<T> {
  const note: PendingImport = { tab: TAB_ID, file, records, at: new Date().toISOString() };
  try {
    localStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // No storage: the import goes ahead, only the notice after an interruption is lost.
  }
  const run = async () => {
    try {
      return await write();
    } finally {
      localStorage.removeItem(KEY);
    }
  };
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(lockName(TAB_ID), run) : run();
}

/** At start-up: a note left by an import that neither finished nor is still running in another tab. */
export async function checkInterruptedImport(): Promise<void> {
  const p = read();
  if (!p) return;
  if (navigator.locks) {
    const { held = [] } = await navigator.locks.query();
    if (held.some((l) => l.name === lockName(p.tab))) return;
  }
  // Committed just before the page went: its summary row (or rows) carry the file name at or after the note's time.
  const db = await openDb();
  const committed = await db.history
    .where('at')
    .aboveOrEqual(p.at)
    .filter((r) => r.kind === 'import' && r.note === p.file)
    .count();
  if (committed === 0) publish(p);
  else localStorage.removeItem(KEY);
}

export function dismissInterruptedImport(): void {
  localStorage.removeItem(KEY);
  publish(null);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useInterruptedImport = (): PendingImport | null => useSyncExternalStore(subscribe, () => interrupted);
