import { useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAddToBriefing, useSetBriefingAuthor, useSetBriefingTitle } from '../../db/briefingQueries';

/** A text the briefing keeps (its title, its author), saved when the field is left. */
function SavedField({
  label,
  value,
  onSave,
  className,
}: {
  label: string;
  value: string;
  onSave: (v: string) => void;
  className: string;
}) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // Follow the stored value when it changes elsewhere (e.g. first load), without an effect.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <label className={className}>
      {label}
      <input
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft.trim() !== value && onSave(draft.trim())}
      />
    </label>
  );
}

/** Screen-only controls: the briefing's title and author, adding headings, notes and a records table, and printing. */
export function BriefingToolbar({ title, author }: { title: string; author: string }) {
  const { t } = useTranslation('briefing');
  const { search } = useLocation();
  const add = useAddToBriefing();
  const setTitle = useSetBriefingTitle();
  const setAuthor = useSetBriefingAuthor();
  return (
    <div className="briefing-toolbar screen-only">
      <SavedField
        className="briefing-title-field"
        label={t('titleLabel')}
        value={title}
        // An empty title falls back to the default one: only a real title is saved.
        onSave={(next) => next && setTitle.mutate(next)}
      />
      <SavedField
        className="briefing-title-field"
        label={t('authorLabel')}
        value={author}
        onSave={(next) => setAuthor.mutate(next)}
      />
      <div role="group" aria-label={t('actions.label')} className="briefing-actions">
        <button type="button" className="button-secondary" onClick={() => add.mutate({ kind: 'heading', text: '' })}>
          {t('actions.heading')}
        </button>
        <button type="button" className="button-secondary" onClick={() => add.mutate({ kind: 'note', text: '' })}>
          {t('actions.note')}
        </button>
        <button type="button" className="button-secondary" onClick={() => add.mutate({ kind: 'records', search })}>
          {t('actions.records')}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
    </div>
  );
}
