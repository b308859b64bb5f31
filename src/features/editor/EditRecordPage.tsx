import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { toFileRecord } from '../../domain/activity';
import { useActivity } from '../../db/queries';
import { useDeleteRecord } from '../../db/mutations';
import { revisionOf } from '../../db/writes';
import type { Activity } from '../../domain/activity';
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
  // The record as the form was opened from it. The query follows other tabs (see useChangeSync), but the form
  // keeps what the analyst typed: a change made elsewhere is announced in the form and settled on save, never by
  // replacing the form under the analyst's hands.
  const [opened, setOpened] = useState<{ record: Activity; n: number } | null>(null);
  const current = activity.data;
  if (current && opened?.record.id !== current.id) setOpened({ record: current, n: (opened?.n ?? 0) + 1 });
  const a = opened?.record.id === id ? opened.record : current;
  const reload = () => current && setOpened({ record: current, n: (opened?.n ?? 0) + 1 });
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
            <RecordForm
              key={opened?.n ?? 0}
              initial={draftFromRecord(toFileRecord(a))}
              mode="edit"
              base={a}
              current={activity.isSuccess ? (current ?? null) : undefined}
              onSaved={() => void navigate(back)}
              onCancel={() => void navigate(back)}
              onReload={current ? reload : () => void navigate({ pathname: '/records', search })}
            />
            <div className="form-danger">
              {remove.isError && <p role="alert">{errorText(remove.error)}</p>}
              {confirming ? (
                <p>
                  {t('form.confirmDelete', { title: pick(a.title) })}{' '}
                  <button
                    type="button"
                    className="button danger"
                    onClick={() => remove.mutate({ id: a.id, base: revisionOf(a) })}
                  >
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
