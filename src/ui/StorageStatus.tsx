import { useTranslation } from 'react-i18next';
import { useStorageInfo } from '../lib/data';
import { useLang } from '../lib/useLang';

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
 * Whether the browser agreed to keep the data (navigator.storage.persist()), and how much it holds. Strings live in
 * the import feature's namespace, which owns data safety. (A closed connection is told by ConnectionBanner.)
 */
export function StorageStatus() {
  // The import's strings are not in the start-up bundle: the footer waits for them rather than suspend the page.
  const { t, ready } = useTranslation('import', { useSuspense: false });
  const { locale } = useLang();
  const info = useStorageInfo().data;
  if (!ready || !info) return null;
  return (
    <p className="storage-status" style={{ margin: '0.25rem 0 0' }}>
      {t(info.supported ? (info.persisted ? 'storage.persisted' : 'storage.notPersisted') : 'storage.unsupported')}
      {info.usage !== undefined && info.quota !== undefined && (
        <> {t('storage.usage', { used: size(info.usage, locale), quota: size(info.quota, locale) })}</>
      )}
    </p>
  );
}
