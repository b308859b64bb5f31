import { useTranslation } from 'react-i18next';
import { useConnectionState, useStorageInfo } from '../lib/data';
import { useLang } from '../lib/useLang';

// Inline styles: this file is the component's only file in src/ui, and the banner must show on every page.
const BANNER = {
  position: 'fixed',
  top: 0,
  left: 0,
  right: 0,
  zIndex: 1000,
  padding: '0.75rem 1.25rem',
  background: '#fff1f0',
  borderBottom: '2px solid var(--danger)',
  color: 'var(--ink)',
  fontWeight: 600,
} as const;

function size(bytes: number, locale: string): string {
  const [unit, div] =
    bytes >= 1e9
      ? (['gigabyte', 1e9] as const)
      : bytes >= 1e6
        ? (['megabyte', 1e6] as const)
        : (['kilobyte', 1e3] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(bytes / div);
}

/**
 * Whether the browser agreed to keep the data (navigator.storage.persist()), and a banner when another tab
 * upgraded the database: this tab's connection is then closed and it must be reloaded. Strings live in the
 * import feature's namespace, which owns data safety.
 */
export function StorageStatus() {
  // The import's strings are not in the start-up bundle: the footer waits for them rather than suspend the page.
  const { t, ready } = useTranslation('import', { useSuspense: false });
  const { locale } = useLang();
  const connection = useConnectionState();
  const info = useStorageInfo().data;
  if (!ready) return null;
  return (
    <>
      {/* A newer database is explained in place of the page (NewerVersionNotice), not in a banner. */}
      {connection !== 'open' && connection !== 'newer' && (
        <div role="alert" className="storage-banner" style={BANNER}>
          {t(`storage.${connection}`)}{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        </div>
      )}
      {info && (
        <p className="storage-status" style={{ margin: '0.25rem 0 0' }}>
          {t(info.supported ? (info.persisted ? 'storage.persisted' : 'storage.notPersisted') : 'storage.unsupported')}
          {info.usage !== undefined && info.quota !== undefined && (
            <> {t('storage.usage', { used: size(info.usage, locale), quota: size(info.quota, locale) })}</>
          )}
        </p>
      )}
    </>
  );
}
