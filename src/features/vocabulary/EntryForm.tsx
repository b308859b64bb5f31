import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddVocabularyEntry } from '../../db/vocabularyMutations';
import { VocabularyEntryError } from '../../db/vocabularyWrites';
import { PLOVER_CATEGORIES } from '../../domain/taxonomy';
import { VOCABULARY_KINDS, type VocabularyKind } from '../../domain/vocabulary';
import type { EntryProblem } from '../../domain/vocabularyEntry';
import { CONTROL_OF, EMPTY_VALUES, labelKeyOf, toEntryInput, type EntryFormValues } from './entryForm';
import { TextField } from './TextField';

/** Adds an organisation, a theme or an activity type to the analyst's vocabulary. */
export function EntryForm() {
  const { t } = useTranslation('vocabulary');
  const [kind, setKind] = useState<VocabularyKind>('organization');
  const [values, setValues] = useState<EntryFormValues>(EMPTY_VALUES);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const add = useAddVocabularyEntry();
  const bad = new Set(problems.map((p) => CONTROL_OF[p.field]));
  const field = (
    key: keyof EntryFormValues,
    extra: { hint?: string; required?: boolean; multiline?: boolean } = {},
  ) => (
    <TextField
      label={t(labelKeyOf(kind, key))}
      value={values[key]}
      onChange={(v) => setValues((old) => ({ ...old, [key]: v }))}
      invalid={bad.has(key)}
      {...extra}
    />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    add.mutate(
      { kind, input: toEntryInput(kind, values) },
      {
        onSuccess: (entry) => {
          setProblems([]);
          setValues(EMPTY_VALUES);
          setAdded(t('added', { kind: t(`kind.${kind}`), id: entry.id }));
        },
        onError: (err) => setProblems(err instanceof VocabularyEntryError ? err.problems : []),
      },
    );
  };

  const failedOtherwise = add.isError && !(add.error instanceof VocabularyEntryError);
  return (
    <form className="vocab-form" onSubmit={submit} noValidate aria-labelledby="vocab-add-h">
      <h2 id="vocab-add-h">{t('addHeading')}</h2>
      <fieldset className="vocab-kinds">
        <legend>{t('kindLegend')}</legend>
        {VOCABULARY_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="vocab-kind"
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setProblems([]);
              }}
            />{' '}
            {t(`kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <div role="alert" className="vocab-problems">
          <p>{t('refused')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}-${p.code}`}>
                {t('problem', {
                  field: t(labelKeyOf(kind, CONTROL_OF[p.field])),
                  message: t(`code.${p.code}`, { id: toEntryInput(kind, values).id, example: t(`idExample.${kind}`) }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failedOtherwise && <p role="alert">{t('writeFailed')}</p>}
      {field('id', { hint: t(`idHint.${kind}`), required: true })}
      <div className="vocab-pair">
        {field('labelEs', { required: true })}
        {field('labelEn', { required: true })}
      </div>
      {kind === 'organization' && (
        <div className="vocab-pair">
          {field('acronymEs', { required: true })}
          {field('acronymEn', { required: true })}
        </div>
      )}
      {kind === 'type' && <TypeCodes values={values} setValues={setValues} bad={bad} />}
      <div className="vocab-pair">
        {field('definitionEs', { multiline: true })}
        {field('definitionEn', { multiline: true })}
      </div>
      <p>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('submit')}
        </button>
      </p>
      {added && (
        <p role="status" className="vocab-added">
          {added}
        </p>
      )}
    </form>
  );
}

function TypeCodes({
  values,
  setValues,
  bad,
}: {
  values: EntryFormValues;
  setValues: (f: (v: EntryFormValues) => EntryFormValues) => void;
  bad: ReadonlySet<keyof EntryFormValues>;
}) {
  const { t } = useTranslation('vocabulary');
  return (
    <div className="vocab-pair">
      <div className="vocab-field">
        <label htmlFor="vocab-plover">{t('field.plover')}</label>
        <select
          id="vocab-plover"
          value={values.plover}
          aria-invalid={bad.has('plover') || undefined}
          aria-describedby="vocab-plover-hint"
          onChange={(e) => setValues((v) => ({ ...v, plover: e.target.value }))}
        >
          <option value="">{t('noPlover')}</option>
          {PLOVER_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <span id="vocab-plover-hint" className="muted vocab-hint">
          {t('ploverHint')}
        </span>
      </div>
      <TextFieldCameo values={values} setValues={setValues} invalid={bad.has('cameo')} />
    </div>
  );
}

function TextFieldCameo({
  values,
  setValues,
  invalid,
}: {
  values: EntryFormValues;
  setValues: (f: (v: EntryFormValues) => EntryFormValues) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation('vocabulary');
  return (
    <TextField
      label={t('field.cameo')}
      hint={t('cameoHint')}
      value={values.cameo}
      invalid={invalid}
      onChange={(cameo) => setValues((v) => ({ ...v, cameo }))}
    />
  );
}
