const heldHere = new Set<string>();

/**
 * Runs `fn` unless a sync of the same feed is already running — in this tab or any other (Web Locks): two tabs
 * starting at once make one sync, not two. Returns null when another holds the lock. Without Web Locks (the
 * tests' jsdom) the same rule holds within this page.
 */
export async function withFeedLock<T>(address: string, fn: () => Promise<T>): Promise<T | null> {
  const name = `agenda-exterior:feed-sync:${address}`;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) return locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : null));
  if (heldHere.has(name)) return null;
  heldHere.add(name);
  try {
    return await fn();
  } finally {
    heldHere.delete(name);
  }
}
