import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../lib/data';

/**
 * The banner shown when another tab upgraded or deleted the database: this tab's connection is then closed and it
 * must be reloaded. It sits at the top of the page, above the header, in the page's flow (sticky, so it stays in
 * view when the page scrolls), and pushes the page down instead of covering its header and filters. Strings live
 * in the import feature's namespace, which owns data safety.
 */
export function ConnectionBanner() {
  // The import's strings are not in the start-up bundle: the banner waits for them rather than suspend the page.
  const { t, ready } = useTranslation('import', { useSuspense: false });
  const connection = useConnectionState();
  // A newer database is explained in place of the page (NewerVersionNotice), not in a banner.
  if (!ready || connection === 'open' || connection === 'newer') return null;
  return (
    <div role="alert" className="connection-banner">
      <span>{t(`storage.${connection}`)}</span>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('storage.reload')}
      </button>
    </div>
  );
}
