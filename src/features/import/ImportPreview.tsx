import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '../../domain/formats/diff';
import { useLang } from '../../lib/useLang';

const LISTED = 50;

interface Props {
  file: string;
  plan: ImportPlan;
  writing: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What the import would do, before anything is written: new, changed (which fields), unchanged. */
export function ImportPreview({ file, plan, writing, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('import');
  const { pick } = useLang();
  const toWrite = plan.created.length + plan.changed.length;
  const more = (n: number) => n > LISTED && <p className="muted">{t('preview.more', { count: n - LISTED })}</p>;
  return (
    <section className="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('preview.heading', { file })}</h2>
      <p role="status">
        {t('preview.summary', {
          created: plan.created.length,
          changed: plan.changed.length,
          unchanged: plan.unchanged.length,
        })}
      </p>
      {toWrite === 0 && <p>{t('preview.nothing')}</p>}
      {plan.unknownSources.length > 0 && (
        <p className="notice">{t('preview.unknownSources', { ids: plan.unknownSources.join(', ') })}</p>
      )}
      {plan.created.length > 0 && (
        <>
          <h3>{t('preview.new')}</h3>
          <ul className="import-list">
            {plan.created.slice(0, LISTED).map((r) => (
              <li key={r.id}>
                {pick(r.title)} <code className="muted">{r.id}</code>
              </li>
            ))}
          </ul>
          {more(plan.created.length)}
        </>
      )}
      {plan.changed.length > 0 && (
        <>
          <h3>{t('preview.changedHeading')}</h3>
          <ul className="import-list">
            {plan.changed.slice(0, LISTED).map((c) => (
              <li key={c.record.id}>
                {pick(c.record.title)} <code className="muted">{c.record.id}</code>
                <br />
                <span className="muted">{t('preview.fieldsChanged')}: </span>
                {c.fields.map((f) => t(`field.${f}`)).join(', ')}
              </li>
            ))}
          </ul>
          {more(plan.changed.length)}
        </>
      )}
      <p className="import-actions">
        {toWrite > 0 && (
          <button type="button" className="button" onClick={onConfirm} disabled={writing}>
            {writing ? t('preview.writing') : t('preview.confirm', { count: toWrite })}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={onCancel} disabled={writing}>
          {t('preview.cancel')}
        </button>
      </p>
    </section>
  );
}
