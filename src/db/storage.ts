/**
 * Browsers may evict IndexedDB under storage pressure unless the site holds persistent storage. The data lives only
 * here, so the app asks for it when the analyst first imports or edits (only then is there something of theirs to
 * keep, and Firefox asks the user), and the footer shows the answer.
 */
export interface StorageInfo {
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

/** Whether the data is kept; with `ask`, asks for it first when it is not. */
export async function requestPersistence(ask = true): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage || typeof storage.persist !== 'function') return { supported: false, persisted: false };
  let persisted = typeof storage.persisted === 'function' ? await storage.persisted() : false;
  if (!persisted && ask) persisted = await storage.persist();
  const estimate = typeof storage.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  return {
    supported: true,
    persisted,
    ...(estimate?.usage !== undefined && { usage: estimate.usage }),
    ...(estimate?.quota !== undefined && { quota: estimate.quota }),
  };
}
