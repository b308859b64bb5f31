import { useSyncExternalStore } from 'react';
import { TAB_ID } from './changeFeed';
import { openDb } from './openDb';
import { newBatchId } from './writeHelpers';

/**
 * An import being written, noted in localStorage so the next visit can tell the analyst that one was interrupted
 * (the page closed or reloaded mid-write). The write is one transaction, so an interrupted import wrote nothing;
 * one that committed just before the page closed left its history row, and is then not reported. While it runs,
 * the writing tab holds a Web Lock, so another tab does not mistake a running import for an interrupted one.
 */
export interface PendingImport {
  /** This import's own: each has its own note, so two tabs importing at once do not remove each other's. */
  id: string;
  tab: string;
  file: string;
  records: number;
  at: string;
}

/** Each note's key is this prefix and the import's id (a note left by a build before ids has the prefix alone). */
const PREFIX = 'agenda-exterior:import-pending';
const keyOf = (id: string) => `${PREFIX}:${id}`;
const lockName = (tab: string) => `agenda-exterior:import:${tab}`;

interface Found {
  key: string;
  note: PendingImport;
}

let interrupted: readonly PendingImport[] = [];
let shownKeys: readonly string[] = [];
const listeners = new Set<() => void>();
const publish = (found: readonly Found[]) => {
  interrupted = found.map((f) => f.note);
  shownKeys = found.map((f) => f.key);
  for (const l of listeners) l();
};

const remove = (key: string) => {
  try {
    localStorage.removeItem(key);
  } catch {
    // No storage: there was no note either.
  }
};

/** Every note left in this browser, oldest first. */
function readAll(): Found[] {
  const found: Found[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key === null || (key !== PREFIX && !key.startsWith(`${PREFIX}:`))) continue;
      try {
        const note = JSON.parse(localStorage.getItem(key) ?? '') as Omit<PendingImport, 'id'> & { id?: string };
        found.push({ key, note: { ...note, id: note.id ?? key } });
      } catch {
        // An unreadable note cannot be reported: it is ignored.
      }
    }
  } catch {
    return [];
  }
  return found.sort((a, b) => a.note.at.localeCompare(b.note.at));
}

/** Runs `write` (an import's) with its note in place; the note goes once the write has ended either way. */
export async function withPendingImport<T>(file: string, records: number, write: () => Promise<T>): Promise<T> {
  const note: PendingImport = { id: newBatchId(), tab: TAB_ID, file, records, at: new Date().toISOString() };
  const key = keyOf(note.id);
  try {
    localStorage.setItem(key, JSON.stringify(note));
  } catch {
    // No storage: the import goes ahead, only the notice after an interruption is lost.
  }
  const run = async () => {
    try {
      return await write();
    } finally {
      remove(key);
    }
  };
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request(lockName(TAB_ID), run) : run();
}

/** At start-up: the notes left by imports that neither finished nor are still running in another tab. */
export async function checkInterruptedImport(): Promise<void> {
  let notes = readAll();
  if (notes.length === 0) return;
  if (typeof navigator !== 'undefined' && navigator.locks) {
    const { held = [] } = await navigator.locks.query();
    const running = new Set(held.map((l) => l.name));
    notes = notes.filter((n) => !running.has(lockName(n.note.tab)));
    if (notes.length === 0) return;
  }
  // Committed just before the page went: its summary row (or rows) carry the file name at or after the note's time.
  const db = await openDb();
  const found: Found[] = [];
  for (const n of notes) {
    const committed = await db.history
      .where('at')
      .aboveOrEqual(n.note.at)
      .filter((r) => r.kind === 'import' && r.note === n.note.file)
      .count();
    if (committed === 0) found.push(n);
    else remove(n.key);
  }
  if (found.length > 0) publish(found);
}

/** The analyst has read the notice: the imports it named are not reported again. */
export function dismissInterruptedImport(): void {
  shownKeys.forEach(remove);
  publish([]);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useInterruptedImports = (): readonly PendingImport[] => useSyncExternalStore(subscribe, () => interrupted);
