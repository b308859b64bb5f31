import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/formats/problems';
import { useProblemParts } from '../../lib/useProblemText';
import { fieldLabel } from './fieldLabel';

/** The form's problems, worded as the import's are (same codes, same messages), named by the form's labels. */
export function FormProblems({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation('editor');
  const parts = useProblemParts();
  const ref = useRef<HTMLDivElement>(null);
  // The list sits above a long form: bring it into view and focus, so keyboard users land on what to fix.
  useEffect(() => {
    ref.current?.focus();
  }, [problems]);
  return (
    <div role="alert" className="form-problems" tabIndex={-1} ref={ref}>
      <p className="form-problems-heading">
        <strong>{t('form.problems', { count: problems.length })}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {fieldLabel(p.field, t)}: {parts(p).what}
          </li>
        ))}
      </ul>
    </div>
  );
}
