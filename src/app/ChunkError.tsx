import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * In place of a page whose code could not be loaded (offline, or the server no longer has it): what happened, in
 * the page's language, and "Try again". Coming back online tries again by itself.
 */
export function ChunkError({ retry }: { retry: () => Promise<void> }) {
  const { t } = useTranslation('ui');
  const [pending, setPending] = useState(false);
  const [offline, setOffline] = useState(() => typeof navigator !== 'undefined' && navigator.onLine === false);
  const attempt = () => {
    setPending(true);
    void retry()
      .catch(() => {}) // still failing: this panel stays
      .finally(() => setPending(false));
  };
  useEffect(() => {
    const on = () => {
      setOffline(false);
      setPending(true);
      void retry()
        .catch(() => {})
        .finally(() => setPending(false));
    };
    const off = () => setOffline(true);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, [retry]);
  return (
    <section className="page">
      <div role="alert" className="error-panel">
        <h1>{t('chunk.title')}</h1>
        <p>{t(offline ? 'chunk.offline' : 'chunk.failed')}</p>
        <p>
          <button type="button" className="button" onClick={attempt} disabled={pending}>
            {pending ? t('chunk.trying') : t('chunk.retry')}
          </button>
        </p>
      </div>
    </section>
  );
}
