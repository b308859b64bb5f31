import { useEffect, useState } from 'react';

/**
 * True once the browser has been idle after `ready` became true (or `timeout` ms after, at most). For code that is
 * offered but not needed at once — the "Download data" menu brings the file writers and validators (about 40 KB
 * gzip, zod included): fetched and compiled while the first chart is being drawn, they delayed it.
 */
export function useIdle(ready: boolean, timeout = 1500): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(id);
  }, [ready, timeout]);
  return idle;
}
