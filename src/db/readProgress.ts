import { useSyncExternalStore } from 'react';
import type { ReadProgress } from './readPaged';

/**
 * How far the current read of all activities has got, for the loading message (QueryState): TanStack Query has
 * no progress for a query, so the repository publishes it here. `null` when no read is running.
 */
let current: ReadProgress | null = null;
const listeners = new Set<() => void>();

function publish(p: ReadProgress | null) {
  current = p;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Below this many records the read is over (~0.2 s) before a count could be read: no progress is shown. */
export const SHOW_PROGRESS_FROM = 10_000;

/** The progress of the current read of all activities, or null (no read, or too few records to be worth showing). */
export function useActivitiesReadProgress(): ReadProgress | null {
  const p = useSyncExternalStore(subscribe, () => current);
  return p && p.total >= SHOW_PROGRESS_FROM ? p : null;
}

let latest: object | null = null;

/**
 * Runs a read that reports progress. Two reads can overlap (a view's query and an export): only the newest one
 * publishes, and it clears the progress when it ends, whether it succeeded or not.
 */
export async function withReadProgress<T>(read: (onProgress: (p: ReadProgress) => void) => Promise<T>): Promise<T> {
  const token = {};
  latest = token;
  try {
    return await read((p) => {
      if (latest === token) publish(p);
    });
  } finally {
    if (latest === token) {
      latest = null;
      publish(null);
    }
  }
}
