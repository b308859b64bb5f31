import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportRawDatabase } from '../lib/data';
import { downloadText } from '../lib/export/download';

/**
 * In place of every page when the database was written by a newer version of the app: this build opened nothing
 * (see versionGuard.ts), so nothing can be lost by it; the analyst can reload to get the newer build, or take a
 * read-only copy of everything stored.
 */
export function NewerVersionNotice() {
  const { t } = useTranslation('ui');
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const save = async () => {
    try {
      const { name, text } = await exportRawDatabase();
      downloadText(text, name, 'application/json');
      setSaved(name);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="page" aria-labelledby="newer-heading">
      <div role="alert" className="error-panel">
        <h1 id="newer-heading">{t('newer.title')}</h1>
        <p>{t('newer.body')}</p>
        <p className="form-actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('newer.reload')}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => void save()}>
            {t('newer.export')}
          </button>
        </p>
      </div>
      {saved && <p role="status">{t('newer.exported', { file: saved })}</p>}
      {failed && <p role="alert">{t('newer.exportFailed', { message: failed })}</p>}
    </section>
  );
}
