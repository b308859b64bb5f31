import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../domain/formats/diff';
import { useLang } from '../../lib/useLang';
import { useNumber } from './useNumber';

interface Props {
  file: string;
  summary: ImportSummary;
  writing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the import would do, before anything is written: new, changed (which fields), unchanged. */
export function ImportPreview({ file, summary, writing, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('import');
  const { pick } = useLang();
  const num = useNumber();
  const toWrite = summary.created + summary.changed;
  const more = (n: number, listed: number) =>
    n > listed && <p className="muted">{t('preview.more', { n: num(n - listed) })}</p>;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('preview.heading', { file })}</h2>
      <p role="status">
        {t('preview.summary', {
          created: num(summary.created),
          changed: num(summary.changed),
          unchanged: num(summary.unchanged),
        })}
      </p>
      {toWrite === 0 && <p>{t('preview.nothing')}</p>}
      {summary.unknownSources.length > 0 && (
        <p className="notice">{t('preview.unknownSources', { ids: summary.unknownSources.join(', ') })}</p>
      )}
      {summary.created > 0 && (
        <>
          <h3>{t('preview.new')}</h3>
          <ul className="import-list">
            {summary.createdSample.map((r) => (
              <li key={r.id}>
                {pick(r.title)} <code className="muted">{r.id}</code>
              </li>
            ))}
          </ul>
          {more(summary.created, summary.createdSample.length)}
        </>
      )}
      {summary.changed > 0 && (
        <>
          <h3>{t('preview.changedHeading')}</h3>
          <ul className="import-list">
            {summary.changedSample.map((c) => (
              <li key={c.id}>
                {pick(c.title)} <code className="muted">{c.id}</code>
                <br />
                <span className="muted">{t('preview.fieldsChanged')}: </span>
                {c.fields.map((f) => t(`field.${f}`)).join(', ')}
              </li>
            ))}
          </ul>
          {more(summary.changed, summary.changedSample.length)}
        </>
      )}
      <p className="import-actions">
        {toWrite > 0 && (
          <button type="button" className="button" onClick={onConfirm} disabled={writing}>
            {writing ? t('preview.writing') : t('preview.confirm', { count: toWrite, n: num(toWrite) })}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onCancel} disabled={writing}>
          {t('preview.cancel')}
        </button>
      </p>
    </section>
  );
}
