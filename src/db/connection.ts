import { useSyncExternalStore } from 'react';

/**
 * Whether this tab's database connection is still usable. It becomes `upgraded` when another tab opened a newer
 * schema (a new version of the app), `deleted` when the database was deleted elsewhere: either way this tab must
 * reload before it reads or writes again. `newer` when the database this tab found was written by a newer version
 * of the app than this one: nothing was opened (see versionGuard.ts), and only a read-only export is offered.
 */
export type ConnectionState = 'open' | 'upgraded' | 'deleted' | 'newer';

let state: ConnectionState = 'open';
const listeners = new Set<() => void>();

export function markOutdated(next: Exclude<ConnectionState, 'open'>): void {
  state = next;
  listeners.forEach((l) => l());
}

export function connectionState(): ConnectionState {
  return state;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, connectionState);
}

export function resetConnectionForTests(): void {
  state = 'open';
  listeners.forEach((l) => l());
}
