import { useTranslation } from 'react-i18next';
import { toFileRecord } from '../../domain/activity';
import { canonical, changedFields, fieldValue, RECORD_FIELDS, type RecordField } from '../../domain/formats/diff';
import type { HistoryRow } from '../../db/database';
import { useRecordHistory } from '../../db/mutations';
import { useLang } from '../../lib/useLang';
import './records.css';

function shownValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'string' ? x : canonical(x))).join('; ') : '—';
  return canonical(v);
}

function fieldsOf(row: HistoryRow): RecordField[] {
  if (row.before && row.after) return changedFields(toFileRecord(row.before), toFileRecord(row.after));
  return [...RECORD_FIELDS];
}

/** Every change to one record (import, edit, undo, restore, delete), newest first, with the values it changed. */
export function RecordHistory({ id }: { id: string }) {
  const { t } = useTranslation('editor');
  const tf = useTranslation('import').t;
  const { locale } = useLang();
  const history = useRecordHistory(id);
  const rows = history.data ?? [];
  const when = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="record-history" aria-labelledby="record-history-heading">
      <h2 id="record-history-heading">{t('history.title')}</h2>
      {!history.isPending && rows.length === 0 && <p className="muted">{t('history.none')}</p>}
      <ol>
        {rows.map((row) => {
          const fields = fieldsOf(row);
          return (
            <li key={row.seq}>
              <strong>{t(`history.kind.${row.kind}`, { note: row.note ?? '' })}</strong>{' '}
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
                          <td>{shownValue(fieldValue(toFileRecord(row.before!), f))}</td>
                          <td>{shownValue(fieldValue(toFileRecord(row.after!), f))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
