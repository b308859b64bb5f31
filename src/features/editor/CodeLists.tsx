import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from './draft';
import { Field } from './Field';
import { useOptions, type Choice } from './useOptions';

const toggle = (xs: readonly string[], x: string) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

function Checkboxes({
  legend,
  choices,
  selected,
  onToggle,
  invalid,
}: {
  legend: string;
  choices: readonly Choice[];
  selected: readonly string[];
  onToggle: (v: string) => void;
  invalid: boolean;
}) {
  return (
    <fieldset className="form-checkboxes" aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value}>
          <input type="checkbox" checked={selected.includes(c.value)} onChange={() => onToggle(c.value)} /> {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Countries from ISO 3166 (a list to add from, since there are ~250), themes and organisations as checkboxes. */
export function CodeLists({
  draft: d,
  set,
  invalid,
}: {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  invalid: (path: string) => boolean;
}) {
  const { t } = useTranslation('editor');
  const { countries, themes, orgs } = useOptions();
  const [pick, setPick] = useState('');
  const labelOf = (c: string) => countries.find((x) => x.value === c)?.label ?? c;
  return (
    <fieldset className="form-section">
      <legend>{t('form.lists')}</legend>
      <Field label={t('form.countries')} invalid={invalid('countries')}>
        {(p) => (
          <div className="form-row">
            <select {...p} value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">{t('form.chooseCountry')}</option>
              {countries.map((c) => (
                <option key={c.value} value={c.value} disabled={d.countries.includes(c.value)}>
                  {c.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button-secondary"
              disabled={pick === ''}
              onClick={() => {
                if (!d.countries.includes(pick)) set({ countries: [...d.countries, pick] });
                setPick('');
              }}
            >
              {t('form.addCountry')}
            </button>
          </div>
        )}
      </Field>
      <ul className="chips" aria-label={t('form.chosenCountries')}>
        {d.countries.length === 0 && <li className="muted">{t('form.none')}</li>}
        {d.countries.map((c) => (
          <li key={c} className="chip">
            {labelOf(c)}
            <button
              type="button"
              aria-label={t('form.removeItem', { name: labelOf(c) })}
              onClick={() => set({ countries: d.countries.filter((x) => x !== c) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <Checkboxes
        legend={t('form.themes')}
        choices={themes}
        selected={d.themes}
        onToggle={(v) => set({ themes: toggle(d.themes, v) })}
        invalid={invalid('themes')}
      />
      <Checkboxes
        legend={t('form.organizations')}
        choices={orgs}
        selected={d.organizations}
        onToggle={(v) => set({ organizations: toggle(d.organizations, v) })}
        invalid={invalid('organizations')}
      />
    </fieldset>
  );
}
