import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { settleLoss, useMarker } from '../lib/data';
import { formatDateTime } from '../domain/dates';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';

/**
 * Said on every page when the start-up check found the database gone while the marker says it held the analyst's
 * records (evicted by the browser, cleared, deleted in another tab): what was lost, and the way back — a backup.
 */
export function DataLossNotice() {
  const { t } = useTranslation('ui');
  const { locale } = useLang();
  const { search } = useLocation();
  const lost = useMarker()?.lost;
  if (!lost) return null;
  const when = (iso: string) => formatDateTime(iso, locale);
  return (
    <div role="alert" className="notice data-loss" aria-labelledby="data-loss-heading">
      <h2 id="data-loss-heading">{t('loss.title')}</h2>
      <p>
        {t('loss.body', { count: lost.analystRecords, n: formatNumber(lost.analystRecords, locale) })}{' '}
        {lost.lastChange && t('loss.lastChange', { when: when(lost.lastChange) })}{' '}
        {lost.lastBackup ? t('loss.lastBackup', { when: when(lost.lastBackup) }) : t('loss.noBackup')}
      </p>
      <p className="form-actions">
        <Link className="button" to={{ pathname: '/import', search, hash: '#backup-heading' }}>
          {t('loss.restore')}
        </Link>{' '}
        <button type="button" className="button-secondary" onClick={settleLoss}>
          {t('loss.dismiss')}
        </button>
      </p>
    </div>
  );
}
