/**
 * A code chunk is asked for only while the browser says it is online. Chromium keeps a failed `import()` for the
 * life of the page (the module map caches the failure, whatwg/html#6768): a page whose code was asked for offline
 * could then never load without a full reload. Not asking while offline keeps the later, online `import()` free to
 * fetch the chunk.
 */
export class OfflineError extends Error {
  constructor() {
    super('offline: the code was not requested');
    this.name = 'OfflineError';
  }
}

export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

export function importWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  return isOffline() ? Promise.reject(new OfflineError()) : load();
}

/**
 * Resolves once the server answers a small request that loads no module (or after `tries` attempts, whichever
 * comes first). The browser reports that it is back online a moment before requests go through again; an `import()`
 * made in that moment fails, and Chromium then keeps the failure for the life of the page. Probing first keeps the
 * module map out of it.
 */
export async function whenReachable(
  probe: () => Promise<unknown> = () => fetch('/', { method: 'HEAD', cache: 'no-store' }),
  tries = 20,
  everyMs = 250,
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      await probe();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}
