/**
 * A page's code that fails to load while the browser is online is most likely gone from the server: a new
 * deployment replaced the hashed chunks this tab's build refers to. Reloading gets the new build, once: the time of
 * that reload is kept in sessionStorage, and a second failure within a minute is shown instead (no reload loop).
 */
const KEY = 'agenda-exterior:chunk-reload';
const WINDOW_MS = 60_000;

export function shouldReloadForNewBuild(now = Date.now(), storage: Storage = sessionStorage): boolean {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return false;
  try {
    const last = Number(storage.getItem(KEY) ?? 0);
    if (now - last < WINDOW_MS) return false;
    storage.setItem(KEY, String(now));
    return true;
  } catch {
    return false; // no sessionStorage: never reload by ourselves, since a loop could not be told apart
  }
}
