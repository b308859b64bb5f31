/**
 * Browsers may evict IndexedDB under storage pressure unless the site holds persistent storage. The data lives only
 * here, so the app asks for it once at start and shows the answer.
 */
export interface StorageInfo {
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

export async function requestPersistence(): Promise<StorageInfo> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage || typeof storage.persist !== 'function') return { supported: false, persisted: false };
  let persisted = typeof storage.persisted === 'function' ? await storage.persisted() : false;
  if (!persisted) persisted = await storage.persist();
  const estimate = typeof storage.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
  return {
    supported: true,
    persisted,
    ...(estimate?.usage !== undefined && { usage: estimate.usage }),
    ...(estimate?.quota !== undefined && { quota: estimate.quota }),
  };
}
