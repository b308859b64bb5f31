import { useTranslation } from 'react-i18next';
import { useLastImport, useUndoBatch } from '../../db/mutations';
import { useLang } from '../../lib/useLang';
import { useNumber } from './useNumber';
import { useWriteErrorText } from './useWriteErrorText';

/** The last import, and a way back: every record it wrote returns to what it was (new ones are removed). */
export function UndoLastImport() {
  const { t } = useTranslation('import');
  const { locale } = useLang();
  const last = useLastImport();
  const undo = useUndoBatch();
  const errorText = useWriteErrorText();
  const num = useNumber();
  const l = last.data;
  return (
    <section aria-labelledby="undo-heading" className="import-undo">
      <h2 id="undo-heading">{t('undo.heading')}</h2>
      {undo.isSuccess && (
        <p role="status">{t('undo.done', { restored: num(undo.data.restored), deleted: num(undo.data.deleted) })}</p>
      )}
      {undo.isError && <p role="alert">{errorText(undo.error)}</p>}
      {l ? (
        <p>
          {t('undo.last', {
            file: l.note,
            when: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(l.at)),
            n: num(l.records),
          })}{' '}
          <button
            type="button"
            className="button-secondary"
            disabled={undo.isPending}
            onClick={() => undo.mutate(l.batchId)}
          >
            {t('undo.button')}
          </button>
        </p>
      ) : (
        !last.isFetching && !undo.isSuccess && <p className="muted">{t('undo.none')}</p>
      )}
    </section>
  );
}
