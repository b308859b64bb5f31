import { useSyncExternalStore } from 'react';

/**
 * "A new version is ready": set by the service worker's registration (src/app/pwa.ts), read by the banner. A
 * tiny store of its own so that the layout (and its tests) never import the service-worker code.
 */
let ready: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(apply: () => Promise<void>): void {
  ready = apply;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The function that reloads into the new version, or null while there is none. */
export const useAppUpdate = (): (() => Promise<void>) | null => useSyncExternalStore(subscribe, () => ready);
