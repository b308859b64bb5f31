import { useTranslation } from 'react-i18next';
import { useAppUpdate } from '../lib/appUpdate';

/** Offers a deployed new version; nothing reloads until the analyst chooses, so unsaved edits stay. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const apply = useAppUpdate();
  if (!apply) return null;
  return (
    <div className="update-banner" role="status">
      {t('update.ready')}{' '}
      <button type="button" onClick={() => void apply()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
