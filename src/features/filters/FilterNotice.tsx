import { useTranslation } from 'react-i18next';
import type { Rejected } from '../../domain/filters';

/** Unknown or malformed values in the URL are ignored, and the analyst is told which. */
export function FilterNotice({ rejected }: { rejected: readonly Rejected[] }) {
  const { t } = useTranslation('filters');
  if (rejected.length === 0) return null;
  return (
    <div role="status" className="notice">
      <strong>{t('ignored.title')}</strong>
      <ul>
        {rejected.map((r) => (
          <li key={`${r.param}=${r.value}`}>{t(`ignored.${r.reason}`, { param: r.param, value: r.value })}</li>
        ))}
      </ul>
    </div>
  );
}
