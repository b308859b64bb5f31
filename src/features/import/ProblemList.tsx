import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/formats/problems';
import { useNumber } from './useNumber';
import { useProblemText } from '../../lib/useProblemText';

const SHOWN = 50;

/**
 * Every problem of a file (the first 50, then how many more), in the alert region the contract names: an analyst
 * fixes the file in one pass instead of one error per attempt.
 */
export function ProblemList({
  file,
  problems,
  count = problems.length,
}: {
  file: string;
  /** The first problems (at least the 50 shown)… */
  problems: readonly Problem[];
  /** …of this many: a worker sends the first ones and the count, not a list as long as the file. */
  count?: number;
}) {
  const { t } = useTranslation('import');
  const text = useProblemText();
  const num = useNumber();
  const hasRows = problems.some((p) => p.row !== undefined || p.index !== undefined);
  return (
    <div role="alert" className="import-problems">
      <p className="import-problems-heading">
        <strong>{t('problems.heading', { count, n: num(count), file })}</strong>
      </p>
      {hasRows && <p className="muted">{t('problems.rows')}</p>}
      <ul>
        {problems.slice(0, SHOWN).map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
      {count > SHOWN && <p>{t('problems.more', { n: num(count - SHOWN) })}</p>}
    </div>
  );
}
