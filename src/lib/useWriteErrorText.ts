import { useTranslation } from 'react-i18next';
import { classifyWriteError, WriteFailed, WriteRefused } from '../db/errors';

// The sentences live in the import feature's strings (it owns data safety); the editor shows the same ones.
/** Why a write failed, and that nothing of it was kept (every write is one transaction). */
export function useWriteErrorText(): (e: unknown) => string {
  const { t } = useTranslation('import');
  return (e) => {
    const reason = classifyWriteError(e);
    const ids = e instanceof WriteRefused || e instanceof WriteFailed ? e.ids.join(', ') : '';
    const message = e instanceof Error ? e.message : String(e);
    const intact = reason === 'undone' ? '' : ` ${t('writeError.intact')}`;
    return `${t(`writeError.${reason}`, { ids, message })}${intact}`;
  };
}
