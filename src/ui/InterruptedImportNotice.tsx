import { useTranslation } from 'react-i18next';
import { dismissInterruptedImport, useInterruptedImports } from '../lib/data';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';

/** On the visit after imports were cut off mid-write: that it happened, and that nothing of them was written. */
export function InterruptedImportNotice() {
  const { t } = useTranslation('ui');
  const { locale } = useLang();
  const imports = useInterruptedImports();
  if (imports.length === 0) return null;
  return (
    <div role="alert" className="notice">
      {imports.map((p) => (
        <p key={p.id}>{t('interrupted', { count: p.records, n: formatNumber(p.records, locale), file: p.file })}</p>
      ))}
      <button type="button" className="button-secondary" onClick={dismissInterruptedImport}>
        {t('interruptedDismiss')}
      </button>
    </div>
  );
}
