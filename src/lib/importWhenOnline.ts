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
