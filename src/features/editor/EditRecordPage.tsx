import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toFileRecord } from '../../domain/activity';
import { useActivity } from '../../db/queries';
import { useDeleteRecord } from '../../db/mutations';
import { useLang } from '../../lib/useLang';
import { QueryState } from '../../ui/QueryState';
import { useWriteErrorText } from '../../lib/useWriteErrorText';
import { draftFromRecord } from './draft';
import { RecordForm } from './RecordForm';

export default function EditRecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('editor');
  const { pick } = useLang();
  const navigate = useNavigate();
  const { search } = useLocation();
  const activity = useActivity(id);
  const remove = useDeleteRecord();
  const errorText = useWriteErrorText();
  const [confirming, setConfirming] = useState(false);
  const a = activity.data;
  const back = { pathname: `/records/${id}`, search };
  return (
    <section className="page">
      <h1>{t('EditRecordPage.title')}</h1>
      <QueryState isPending={activity.isPending} error={activity.error}>
        {remove.isSuccess ? (
          <p role="status">
            {t('form.deleted')} <Link to={{ pathname: '/records', search }}>{t('form.cancel')}</Link>
          </p>
        ) : a ? (
          <>
            <p className="lead">{t('EditRecordPage.intro')}</p>
            <p>
              <Link to={back}>← {pick(a.title)}</Link>
            </p>
            {/* Keyed by the stored version, so a record changed elsewhere reloads into a fresh form. */}
            <RecordForm
              key={a.updatedAt ?? a.id}
              initial={draftFromRecord(toFileRecord(a))}
              mode="edit"
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
            />
            <div className="form-danger">
              {remove.isError && <p role="alert">{errorText(remove.error)}</p>}
              {confirming ? (
                <p>
                  {t('form.confirmDelete', { title: pick(a.title) })}{' '}
                  <button type="button" className="button danger" onClick={() => remove.mutate(a.id)}>
                    {t('form.confirmDeleteYes')}
                  </button>{' '}
                  <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
                    {t('form.cancel')}
                  </button>
                </p>
              ) : (
                <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
                  {t('form.delete')}
                </button>
              )}
            </div>
          </>
        ) : (
          <p>{t('EditRecordPage.notFound', { id })}</p>
        )}
      </QueryState>
    </section>
  );
}
