import { useTranslation } from 'react-i18next';
import { BREAKDOWNS, type Breakdown } from './compareState';

/** Country, theme or type: one pressed at a time, kept in the URL (`by`) so a shared link opens the same view. */
export function BreakdownSwitch({ by, onChange }: { by: Breakdown; onChange: (by: Breakdown) => void }) {
  const { t } = useTranslation('compare');
  return (
    <div role="group" aria-label={t('by.label')} className="compare-by">
      <span aria-hidden="true">{t('by.label')}:</span>
      {BREAKDOWNS.map((b) => (
        <button key={b} type="button" className="button-secondary" aria-pressed={b === by} onClick={() => onChange(b)}>
          {t(`by.${b}`)}
        </button>
      ))}
    </div>
  );
}
