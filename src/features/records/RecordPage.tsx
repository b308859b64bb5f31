import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useActivity, useSources } from '../../db/queries';
import { useLang } from '../../lib/useLang';
import { QueryState } from '../../ui/QueryState';
import { RecordDetails } from './RecordDetails';
import { RecordProvenance } from './RecordProvenance';
import { RecordHistory } from './RecordHistory';

export default function RecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('records');
  const { pick } = useLang();
  const { search } = useLocation();
  const activity = useActivity(id);
  const sources = useSources();
  const a = activity.data;
  return (
    <article className="page record-page">
      <p>
        <Link to={{ pathname: '/records', search }}>← {t('backToList')}</Link>
      </p>
      <QueryState isPending={activity.isPending} error={activity.error}>
        {a ? (
          <>
            <h1>{pick(a.title)}</h1>
            <RecordDetails activity={a} />
            <RecordProvenance activity={a} sources={sources.data ?? []} />
            <RecordHistory activity={a} />
            <p>
              <Link to={{ pathname: `/records/${a.id}/edit`, search }}>{t('edit')}</Link>
            </p>
          </>
        ) : (
          <>
            <h1>{t('notFound.title')}</h1>
            <p>{t('notFound.body', { id })}</p>
          </>
        )}
      </QueryState>
    </article>
  );
}
