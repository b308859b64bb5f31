import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOffline, whenReachable } from '../lib/importWhenOnline';
import { reloadIfNewBuild } from './chunkReload';

/**
 * In place of a page whose code could not be loaded (offline, or the server no longer has it): what happened, in
 * the page's language, and "Try again". Shown online (a page first visited offline), and when the browser comes
 * back online, it tries again by itself, once the server answers. Shown online, it tries again at once, and if that
 * fails too and a new deployment has replaced this tab's build, the tab reloads into the new one (at this page's
 * address: the route has been entered). When "Try again" still fails online, the tab reloads: a browser that keeps
 * a failed `import()` for the page's life (Chromium) cannot get the code any other way, and the filters are in
 * the address and the data in IndexedDB, so nothing is lost.
 */
export function ChunkError({
  retry,
  reload = () => window.location.reload(),
  reachable = whenReachable,
  newBuild = reloadIfNewBuild,
}: {
  retry: () => Promise<void>;
  reload?: () => void;
  /** Resolves once the server answers again (see whenReachable): the retry on coming back online waits for it. */
  reachable?: () => Promise<void>;
  /** After the first retry failed online: reloads if a new build replaced this tab's (see chunkReload). */
  newBuild?: () => Promise<unknown>;
}) {
  const { t } = useTranslation('ui');
  const [pending, setPending] = useState(false);
  const [offline, setOffline] = useState(isOffline);
  const attempt = useCallback(
    (onFailure?: () => void) => {
      setPending(true);
      void retry()
        .catch(() => onFailure?.()) // still failing: this panel stays
        .finally(() => setPending(false));
    },
    [retry],
  );
  useEffect(() => {
    if (!isOffline()) attempt(() => void newBuild());
    let live = true;
    const on = () => {
      setOffline(false);
      void reachable().then(() => live && attempt());
    };
    const off = () => setOffline(true);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      live = false;
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, [attempt, reachable, newBuild]);
  return (
    <section className="page">
      <div role="alert" className="error-panel">
        <h1>{t('chunk.title')}</h1>
        <p>{t(offline ? 'chunk.offline' : 'chunk.failed')}</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => attempt(() => !isOffline() && reload())}
            disabled={pending}
          >
            {pending ? t('chunk.trying') : t('chunk.retry')}
          </button>
        </p>
      </div>
    </section>
  );
}
