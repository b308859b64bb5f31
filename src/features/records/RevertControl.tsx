import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toFileRecord, type Activity } from '../../domain/activity';
import { useRevertRecord } from '../../db/mutations';
import { revisionOf } from '../../db/writes';
import { useWriteErrorText } from '../../lib/useWriteErrorText';

/**
 * "Revert to this version", asked twice: the first press only opens a confirmation that says what happens (the
 * current version stays in the history) and takes an optional reason; "Revert" writes, with the same version check
 * as an edit, so a change made meanwhile in another tab is refused rather than overwritten.
 */
export function RevertControl({
  version,
  versionAt,
  question,
  current,
}: {
  version: Activity;
  versionAt: string;
  /** What the confirmation asks, naming the version ("…as it was on 9 Dec 2025, 10:02?"). */
  question: string;
  current: Activity;
}) {
  const { t } = useTranslation('editor');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const revert = useRevertRecord();
  const errorText = useWriteErrorText();
  const id = useId();
  if (!asking)
    return (
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t('history.revertButton')}
      </button>
    );
  return (
    <div role="group" aria-labelledby={`${id}-q`} className="revert-confirm">
      <p id={`${id}-q`}>
        {question} {t('history.revertKeeps')}
      </p>
      <label htmlFor={`${id}-reason`}>{t('history.revertReason')}</label>{' '}
      <input id={`${id}-reason`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      <p className="form-actions">
        <button
          type="button"
          className="button"
          disabled={revert.isPending}
          onClick={() =>
            revert.mutate(
              { version: toFileRecord(version), versionAt, base: revisionOf(current), reason },
              { onSuccess: () => setAsking(false) },
            )
          }
        >
          {revert.isPending ? t('history.reverting') : t('history.revertYes')}
        </button>
        <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
          {t('history.revertNo')}
        </button>
      </p>
      {revert.isError && <p role="alert">{errorText(revert.error)}</p>}
    </div>
  );
}
