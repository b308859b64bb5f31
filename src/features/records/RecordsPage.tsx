import { useTranslation } from 'react-i18next';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { RecordsTable } from './RecordsTable';
import { ExportDataMenu } from './ExportDataMenu';

export default function RecordsPage() {
  const { t } = useTranslation('records');
  const { data, all, isPending, error } = useFilteredActivities();
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <QueryState isPending={isPending} error={error}>
        <p className="muted" aria-live="polite">
          {t('shown', { count: data?.length ?? 0, total: all?.length ?? 0 })}
        </p>
        <ExportDataMenu />
        {data && data.length > 0 ? <RecordsTable activities={data} /> : <EmptyState />}
      </QueryState>
    </section>
  );
}
