import { useTranslation } from 'react-i18next';
import { useLastImport } from '../../db/mutations';
import { formatDateTime } from '../../domain/dates';
import { useLang } from '../../lib/useLang';
import { ImportProgressBar } from './ImportProgressBar';
import { useNumber } from './useNumber';
import { useUndo } from './useUndo';
import { useWriteErrorText } from '../../lib/useWriteErrorText';

/** The last import, and a way back: every record it wrote returns to what it was (new ones are removed). */
export function UndoLastImport() {
  const { t } = useTranslation('import');
  const { locale } = useLang();
  const last = useLastImport();
  const { state, undo } = useUndo();
  const errorText = useWriteErrorText();
  const num = useNumber();
  const l = last.data;
  return (
    <section aria-labelledby="undo-heading" className="import-undo">
      <h2 id="undo-heading">{t('undo.heading')}</h2>
      {state.kind === 'done' && (
        <p role="status">
          {t('undo.done', { restored: num(state.outcome.restored), deleted: num(state.outcome.deleted) })}
        </p>
      )}
      {state.kind === 'failed' && <p role="alert">{errorText(state.error)}</p>}
      {l ? (
        <p>
          {t('undo.last', {
            file: l.note,
            when: formatDateTime(l.at, locale),
            n: num(l.records),
          })}{' '}
          <button
            type="button"
            className="button-secondary"
            disabled={state.kind === 'undoing'}
            onClick={() => void undo(l.batchId)}
          >
            {t('undo.button')}
          </button>
        </p>
      ) : (
        !last.isFetching && state.kind !== 'done' && <p className="muted">{t('undo.none')}</p>
      )}
      {state.kind === 'undoing' && l && <ImportProgressBar file={l.note} progress={state.progress} start="undo" />}
    </section>
  );
}
