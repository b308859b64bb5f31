import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../domain/formats/problems';
import { useKnownSources, useSaveRecord } from '../../db/mutations';
import { useWriteErrorText } from '../../lib/useWriteErrorText';
import { validateDraft, slugify, type Draft } from './draft';
import { BasicsFields } from './BasicsFields';
import { TextFields } from './TextFields';
import { CodeLists } from './CodeLists';
import { RowLists } from './RowLists';
import { FormProblems } from './FormProblems';
import './editor.css';
import { useVocabulary } from '../../lib/useVocabulary';

interface Props {
  initial: Draft;
  mode: 'create' | 'edit';
  onSaved: (id: string, changed: boolean) => void;
  onCancel: () => void;
}

/** One form for new and edited records; it checks on submit with the import's rules and saves in one transaction. */
export function RecordForm({ initial, mode, onSaved, onCancel }: Props) {
  const { t } = useTranslation('editor');
  const [draft, setDraft] = useState(initial);
  const [idTyped, setIdTyped] = useState(mode === 'edit');
  const [problems, setProblems] = useState<Problem[]>([]);
  const sources = useKnownSources();
  const vocab = useVocabulary();
  const save = useSaveRecord();
  const errorText = useWriteErrorText();

  const set = (patch: Partial<Draft>) =>
    setDraft((d) => {
      const next = { ...d, ...patch };
      // Until the analyst types an id, a new record's id follows its English title.
      if (!idTyped && patch.titleEn !== undefined) next.id = slugify(patch.titleEn);
      return next;
    });
  const invalid = (path: string) => problems.some((p) => p.field === path || p.field.startsWith(`${path}[`));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateDraft(draft, sources.data ?? [], vocab);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    // Not mutate's onSuccess: the refetched record (new updatedAt) can remount this form before the mutation
    // settles, and mutate's callbacks die with the unmounted observer. A failure shows through save.error.
    save.mutateAsync({ record: checked.record, mode }).then(
      (r) => onSaved(checked.record.id, r.changed),
      () => {},
    );
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate>
      {problems.length > 0 && <FormProblems problems={problems} />}
      {save.isError && <p role="alert">{errorText(save.error)}</p>}
      <BasicsFields
        draft={draft}
        set={set}
        idLocked={mode === 'edit'}
        onIdTyped={() => setIdTyped(true)}
        invalid={invalid}
        sourceIds={(sources.data ?? []).map((s) => s.id)}
      />
      <TextFields draft={draft} set={set} invalid={invalid} />
      <CodeLists draft={draft} set={set} invalid={invalid} />
      <RowLists draft={draft} set={set} invalid={invalid} />
      <p className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('form.saving') : t('form.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
