import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading and error states shared by every view, so none shows a blank area while IndexedDB answers. */
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
  if (error) return <p role="alert">{t('loadError', { message: error.message })}</p>;
  if (isPending)
    return (
      <p role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  return <>{children}</>;
}
