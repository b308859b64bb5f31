import { useTranslation } from 'react-i18next';
import { useFilters } from '../lib/useFilters';

/** An empty result says so and offers to clear the filters. */
export function EmptyState() {
  const { t } = useTranslation();
  const { clearFilters } = useFilters();
  return (
    <div className="empty-state">
      <p>{t('empty.title')}</p>
      <button type="button" onClick={clearFilters}>
        {t('empty.clear')}
      </button>
    </div>
  );
}
