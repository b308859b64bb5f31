import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toFileRecord, type Activity, type ActivityFile } from '../../domain/activity';
import type { Problem } from '../../domain/formats/problems';
import { EditConflict } from '../../db/errors';
import { useKnownSources, useSaveRecord } from '../../db/mutations';
import { revisionOf } from '../../db/writes';
import { useWriteErrorText } from '../../lib/useWriteErrorText';
import { validateDraft, slugify, type Draft } from './draft';
import { BasicsFields } from './BasicsFields';
import { TextFields } from './TextFields';
import { CodeLists } from './CodeLists';
import { RowLists } from './RowLists';
import { FormProblems } from './FormProblems';
import { ConflictView } from './ConflictView';
import { StaleNotice } from './StaleNotice';
import './editor.css';
import { useVocabulary } from '../../lib/useVocabulary';

interface Props {
  initial: Draft;
  mode: 'create' | 'edit';
  /** Edit mode: the stored record the form was opened from; a save is checked against its version. */
  base?: Activity;
  /** Edit mode: the record as stored now (it follows other tabs); null once deleted elsewhere. */
  current?: Activity | null;
  onSaved: (id: string, changed: boolean) => void;
  onCancel: () => void;
  /** Edit mode: drop this form's changes and start again from the stored record. */
  onReload?: () => void;
}

interface Conflict {
  mine: ActivityFile;
  theirs: Activity | null;
}

/** One form for new and edited records; it checks on submit with the import's rules and saves in one transaction. */
export function RecordForm({ initial, mode, base, current, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation('editor');
  const [draft, setDraft] = useState(initial);
  const [idTyped, setIdTyped] = useState(mode === 'edit');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [reason, setReason] = useState('');
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

  /**
   * Saves over the version `against` (the opened one, or after a conflict the one stored now). Not mutate's
   * onSuccess: the refetched record can re-render this form before the mutation settles, and mutate's callbacks
   * die with the unmounted observer. A failure other than a conflict shows through save.error.
   */
  const store = (record: ActivityFile, against: Activity | null | undefined) => {
    const asNew = mode === 'create' || against === null;
    const request = asNew
      ? { record, mode: 'create' as const }
      : { record, mode: 'edit' as const, base: against ? revisionOf(against) : undefined, reason };
    save.mutateAsync(request).then(
      (r) => onSaved(record.id, r.changed),
      (e: unknown) => {
        if (e instanceof EditConflict) {
          save.reset();
          setConflict({ mine: record, theirs: e.theirs });
        }
      },
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateDraft(draft, sources.data ?? [], vocab);
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    setConflict(null);
    store(checked.record, base);
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate>
      {mode === 'edit' && base && current !== undefined && !conflict && (
        <StaleNotice base={base} current={current} onReload={onReload} />
      )}
      {conflict && base && (
        <ConflictView
          base={toFileRecord(base)}
          mine={conflict.mine}
          theirs={conflict.theirs && toFileRecord(conflict.theirs)}
          pending={save.isPending}
          onSave={(record) => store(record, conflict.theirs)}
          onDiscard={() => (onReload ? onReload() : onCancel())}
        />
      )}
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
      {mode === 'edit' && (
        <p className="record-form-reason">
          <label htmlFor="record-form-reason">{t('form.reason')}</label>
          <input id="record-form-reason" type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </p>
      )}
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
