import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { withNumbers } from '../../ui/charts/captions';
import { RecordsTable } from './RecordsTable';
import { ExportDataMenu } from './ExportDataMenu';

export default function RecordsPage() {
  const { t: rawT } = useTranslation('records');
  const t = withNumbers(rawT, useLang().locale);
  const { data, all, isPending, error } = useFilteredActivities();
  const { search } = useLocation();
  return (
    <section className="page">
      <h1>{t('title')}</h1>
      <QueryState isPending={isPending} error={error}>
        <p className="muted" aria-live="polite">
          {t('shown', { count: data?.length ?? 0, total: all?.length ?? 0 })}
        </p>
        <div className="records-actions">
          <Link className="button" to={{ pathname: '/records/new', search }}>
            {t('newRecord')}
          </Link>
          <ExportDataMenu />
        </div>
        {data && data.length > 0 ? <RecordsTable activities={data} /> : <EmptyState />}
      </QueryState>
    </section>
  );
}
