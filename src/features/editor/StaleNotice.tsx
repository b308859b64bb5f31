import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { revisionOf } from '../../db/writes';

/**
 * Says, before the analyst saves, that the record this form was opened from has since changed or been deleted in
 * another tab: the save will then show the conflict view rather than overwrite.
 */
export function StaleNotice({
  base,
  current,
  onReload,
}: {
  base: Activity;
  current: Activity | null;
  onReload?: () => void;
}) {
  const { t } = useTranslation('editor');
  if (current && revisionOf(current) === revisionOf(base)) return null;
  return (
    <div role="alert" className="notice stale-notice">
      <p>{t(current ? 'conflict.changedElsewhere' : 'conflict.deletedElsewhere')}</p>
      {current && onReload && (
        <button type="button" className="button-secondary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
      )}
    </div>
  );
}
