/**
 * A page's code that fails to load while the browser is online may be gone from the server: a new deployment
 * replaced the hashed chunks this tab's build refers to. Then reloading gets the new build — once: the time of that
 * reload is kept in sessionStorage, and a second failure within a minute is shown instead (no reload loop). Any
 * other failure (the server erring, the network dropping) is shown with "Try again", never answered by a reload.
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

/** The entry script this tab runs, as its page names it (`/assets/index-<hash>.js` in a build). */
function ownEntry(): string | null {
  if (typeof document === 'undefined') return null;
  return document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src') ?? null;
}

/**
 * Whether the server now serves another build than this tab's: its index.html no longer names this tab's entry
 * script. Asked with a query string the service worker's precache does not match, so the answer is the server's.
 * Unknown (no entry, no answer, an error status) is not a new build.
 */
export async function newBuildDeployed(
  fetchFn: typeof fetch = (...args) => fetch(...args),
  entry: string | null = ownEntry(),
): Promise<boolean> {
  if (!entry) return false;
  try {
    const res = await fetchFn(`/index.html?build-check=${Date.now()}`, { cache: 'no-store' });
    if (!res.ok) return false;
    return !(await res.text()).includes(entry);
  } catch {
    return false;
  }
}

/** After a page's code failed to load: reload once if, and only if, a new build has replaced this tab's. */
export async function reloadIfNewBuild(reload: () => void = () => window.location.reload()): Promise<boolean> {
  if (!(await newBuildDeployed()) || !shouldReloadForNewBuild()) return false;
  reload();
  return true;
}
