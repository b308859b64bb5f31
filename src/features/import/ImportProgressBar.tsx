import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import type { ImportPhase, ImportProgress } from './importJob';

const MB = 1024 * 1024;

/**
 * A native <progress> named by the phase ("Checking the records of month.csv"), with the count beside it. The
 * name stays the same within a phase so assistive technology is not told a new name at every step; without a
 * first report yet the bar is indeterminate.
 */
export function ImportProgressBar({
  file,
  progress,
  start,
}: {
  file: string;
  progress: ImportProgress | null;
  /** The phase to name the bar by until the first report arrives. */
  start: ImportPhase;
}) {
  const { t } = useTranslation('import');
  const { locale } = useLang();
  const id = useId();
  const phase = progress?.phase ?? start;
  const n = (x: number, digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);
  const known = progress !== null && progress.total > 0;
  const detail = !known
    ? ''
    : phase === 'read'
      ? t('progress.bytes', { done: n(progress.done / MB, 1), total: n(progress.total / MB, 1) })
      : phase === 'check'
        ? t('progress.checked', { count: progress.records ?? 0, n: n(progress.records ?? 0) })
        : t('progress.records', { done: n(progress.done), total: n(progress.total) });
  return (
    <div className="import-progress">
      <label htmlFor={id}>{t(`progress.${phase}`, { file })}</label>
      {known ? <progress id={id} value={progress.done} max={progress.total} /> : <progress id={id} />}
      <span className="muted">{detail}</span>
    </div>
  );
}
