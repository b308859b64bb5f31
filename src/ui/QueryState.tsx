import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyWriteError, useActivitiesReadProgress } from '../lib/data';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';

/**
 * Loading and error states shared by every view, so none shows a blank area while IndexedDB answers. Reading tens
 * of thousands of records takes a second or more, so the message then says how far it has got.
 */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: Error | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const progress = useActivitiesReadProgress();
  if (error) {
    // Storage full (the seed could not store the embedded records) is said plainly, not as "QuotaExceededError".
    const reason = classifyWriteError(error);
    if (reason === 'quota') return <p role="alert">{t('ui:quota')}</p>;
    return <p role="alert">{t('loadError', { message: error.message })}</p>;
  }
  if (isPending)
    return (
      <p role="status" aria-live="polite">
        {progress
          ? t('ui:loadingRecords', {
              read: formatNumber(progress.read, locale),
              total: formatNumber(progress.total, locale),
            })
          : t('loading')}
      </p>
    );
  return <>{children}</>;
}
