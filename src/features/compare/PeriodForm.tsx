import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodBefore, type Period } from '../../domain/periodCompare';
import { DateField } from '../../ui/DateField';

interface Props {
  a: Period;
  b: Period;
  onCompare: (a: Period, b: Period) => void;
}

function PeriodFields({ legend, value, onChange }: { legend: string; value: Period; onChange: (p: Period) => void }) {
  const { t } = useTranslation('compare');
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label>
        {t('form.from')}
        <DateField value={value.from} onChange={(d) => d && onChange({ ...value, from: d })} />
      </label>
      <label>
        {t('form.to')}
        <DateField value={value.to} onChange={(d) => d && onChange({ ...value, to: d })} />
      </label>
    </fieldset>
  );
}

/**
 * The two periods, edited together and applied with one "Compare" (four dates typed one by one should not redraw
 * the page three times on the way). The page keys this form by the URL's periods, so it starts from them.
 */
export function PeriodForm({ a: initialA, b: initialB, onCompare }: Props) {
  const { t } = useTranslation('compare');
  const [a, setA] = useState(initialA);
  const [b, setB] = useState(initialB);
  const errorId = useId();
  const inverted = a.from > a.to || b.from > b.to;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!inverted) onCompare(a, b);
  };
  return (
    <form className="compare-periods" aria-label={t('form.label')} onSubmit={submit}>
      <PeriodFields legend={t('form.a')} value={a} onChange={setA} />
      <PeriodFields legend={t('form.b')} value={b} onChange={setB} />
      <div className="compare-actions">
        <button type="submit" className="button" aria-describedby={inverted ? errorId : undefined}>
          {t('form.submit')}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={() => setB(periodBefore(a))}>
          {t('form.before')}
        </button>
      </div>
      {inverted && (
        <p id={errorId} role="alert">
          {t('form.inverted')}
        </p>
      )}
    </form>
  );
}
