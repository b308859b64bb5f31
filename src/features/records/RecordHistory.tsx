import { useTranslation } from 'react-i18next';
import { toFileRecord, type Activity } from '../../domain/activity';
import { changedFields, fieldValue, RECORD_FIELDS, sameRecord, type RecordField } from '../../domain/formats/diff';
import type { HistoryRow } from '../../db/database';
import { useRecordHistory } from '../../db/mutations';
import { formatDateTime } from '../../domain/dates';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { historyValue } from './historyValue';
import { RevertControl } from './RevertControl';
import './records.css';

function fieldsOf(row: HistoryRow): RecordField[] {
  if (row.before && row.after) return changedFields(toFileRecord(row.before), toFileRecord(row.after));
  return [...RECORD_FIELDS];
}

/**
 * Every change to one record (import, edit, revert, undo, restore, feed, delete), newest first, in words: what
 * happened, which fields changed (by name), the reason when the analyst gave one, and the values before and after
 * as names rather than codes. An older version that differs from the current one can be reverted to.
 */
export function RecordHistory({ activity }: { activity: Activity }) {
  const { t } = useTranslation('editor');
  const tf = useTranslation('import').t;
  const tc = useTranslation().t;
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const history = useRecordHistory(activity.id);
  const rows = history.data ?? [];
  const when = (iso: string) => formatDateTime(iso, locale);
  const shown = (f: RecordField, a: Activity) => historyValue(f, fieldValue(toFileRecord(a), f), { lang, vocab, tc });
  const current = toFileRecord(activity);
  // The version the record had before its first recorded change (the embedded data set's): revertable too.
  const first = rows.at(-1);
  return (
    <section className="record-history" aria-labelledby="record-history-heading">
      <h2 id="record-history-heading">{t('history.title')}</h2>
      {!history.isPending && rows.length === 0 && <p className="muted">{t('history.none')}</p>}
      <ol>
        {rows.map((row) => {
          const fields = fieldsOf(row);
          const title =
            row.kind === 'revert'
              ? row.note
                ? t('history.kind.revert', { when: when(row.note) })
                : t('history.kind.revertOriginal')
              : t(`history.kind.${row.kind}`, { note: row.note ?? '' });
          return (
            <li key={row.seq ?? row.at}>
              <strong>{title}</strong>{' '}
              <time dateTime={row.at} className="muted">
                {when(row.at)}
              </time>
              <div>
                {!row.before
                  ? t('history.newRecord')
                  : !row.after
                    ? t('history.removed')
                    : t('history.fields', { fields: fields.map((f) => tf(`field.${f}`)).join(', ') })}
              </div>
              {row.reason && <div className="history-reason">{t('history.reason', { reason: row.reason })}</div>}
              {row.before && row.after && fields.length > 0 && (
                <details>
                  <summary>{t('history.details')}</summary>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('history.field')}</th>
                        <th scope="col">{t('history.before')}</th>
                        <th scope="col">{t('history.after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {fields.map((f) => (
                        <tr key={f}>
                          <th scope="row">{tf(`field.${f}`)}</th>
                          <td>{shown(f, row.before!)}</td>
                          <td>{shown(f, row.after!)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
              {row.after && !sameRecord(toFileRecord(row.after), current) ? (
                <RevertControl
                  version={row.after}
                  versionAt={row.at}
                  question={t('history.revertConfirm', { when: when(row.at) })}
                  current={activity}
                />
              ) : (
                row.after && <div className="muted">{t('history.current')}</div>
              )}
            </li>
          );
        })}
        {first?.before && first.kind !== 'create' && (
          <li key="original">
            <strong>{t('history.original')}</strong>
            {sameRecord(toFileRecord(first.before), current) ? (
              <div className="muted">{t('history.current')}</div>
            ) : (
              <RevertControl
                version={first.before}
                versionAt=""
                question={t('history.revertConfirmOriginal')}
                current={activity}
              />
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
