import { useTranslation } from 'react-i18next';
import { proposeReleaseDateFromText } from '../../domain/drafting';
import { DateField } from '../../ui/DateField';

export interface ReleaseFields {
  text: string;
  releaseDate: string;
  issuer: string;
  url: string;
}

interface Props {
  value: ReleaseFields;
  busy: boolean;
  onChange: (v: ReleaseFields) => void;
  onDraft: () => void;
}

/** The pasted release and what the analyst knows about it; the release date is proposed from a dateline. */
export function ReleaseInput({ value, busy, onChange, onDraft }: Props) {
  const { t } = useTranslation('drafting');
  const set = (patch: Partial<ReleaseFields>) => onChange({ ...value, ...patch });
  return (
    <form
      className="drafting-form"
      onSubmit={(e) => {
        e.preventDefault();
        onDraft();
      }}
    >
      <label className="drafting-text">
        {t('form.text')}
        <textarea
          value={value.text}
          rows={10}
          spellCheck={false}
          onChange={(e) => {
            const text = e.target.value;
            // Only a blank date is proposed: a date the analyst typed is theirs.
            const proposed = value.releaseDate ? undefined : proposeReleaseDateFromText(text);
            set({ text, ...(proposed && { releaseDate: proposed }) });
          }}
        />
      </label>
      <div className="drafting-meta">
        <label>
          {t('form.releaseDate')}
          <DateField value={value.releaseDate} onChange={(releaseDate) => set({ releaseDate })} />
        </label>
        <label>
          {t('form.issuer')}
          <input type="text" value={value.issuer} onChange={(e) => set({ issuer: e.target.value })} />
        </label>
        <label>
          {t('form.url')}
          <input
            type="url"
            inputMode="url"
            placeholder="https://"
            value={value.url}
            onChange={(e) => set({ url: e.target.value })}
          />
        </label>
      </div>
      <p className="muted">{t('form.hint')}</p>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('form.drafting') : t('form.draft')}
      </button>
    </form>
  );
}
