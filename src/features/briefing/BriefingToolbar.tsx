import { useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAddToBriefing, useSetBriefingTitle } from '../../db/briefingQueries';

/** Screen-only controls: the briefing's title, adding headings, notes and a records table, and printing. */
export function BriefingToolbar({ title }: { title: string }) {
  const { t } = useTranslation('briefing');
  const { search } = useLocation();
  const add = useAddToBriefing();
  const setTitle = useSetBriefingTitle();
  const [draft, setDraft] = useState(title);
  const [seen, setSeen] = useState(title);
  // Follow the stored title when it changes elsewhere (e.g. first load), without an effect.
  if (seen !== title) {
    setSeen(title);
    setDraft(title);
  }
  const save = () => {
    const next = draft.trim();
    if (next && next !== title) setTitle.mutate(next);
  };
  return (
    <div className="briefing-toolbar screen-only">
      <label className="briefing-title-field">
        {t('titleLabel')}
        <input value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={save} />
      </label>
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
