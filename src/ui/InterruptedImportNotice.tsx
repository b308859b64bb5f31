import { useTranslation } from 'react-i18next';
import { dismissInterruptedImport, useInterruptedImport } from '../lib/data';
import { useLang } from '../lib/useLang';
import { formatNumber } from './charts/captions';

/** On the visit after an import was cut off mid-write: that it happened, and that nothing of it was written. */
export function InterruptedImportNotice() {
  const { t } = useTranslation('ui');
  const { locale } = useLang();
  const p = useInterruptedImport();
  if (!p) return null;
  return (
    <div role="alert" className="notice">
      <p>{t('interrupted', { count: p.records, n: formatNumber(p.records, locale), file: p.file })}</p>
      <button type="button" className="button-secondary" onClick={dismissInterruptedImport}>
        {t('interruptedDismiss')}
      </button>
    </div>
  );
}
