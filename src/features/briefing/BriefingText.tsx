import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingItem } from '../../db/briefing';
import { useUpdateBriefingText } from '../../db/briefingQueries';

/** A heading or a note: edited in place on screen (saved when the field loses focus), plain text in print. */
export function BriefingText({ item }: { item: BriefingItem }) {
  const { t } = useTranslation('briefing');
  const update = useUpdateBriefingText();
  const id = useId();
  const [draft, setDraft] = useState(item.text ?? '');
  const save = () => {
    if (draft !== (item.text ?? '')) update.mutate({ id: item.id, text: draft });
  };
  const heading = item.kind === 'heading';
  return (
    <div className={heading ? 'briefing-heading' : 'briefing-note'}>
      <label htmlFor={id} className="visually-hidden">
        {heading ? t('item.heading') : t('item.note')}
      </label>
      {heading ? (
        <input
          id={id}
          className="screen-only"
          value={draft}
          placeholder={t('item.headingPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
        />
      ) : (
        <textarea
          id={id}
          className="screen-only"
          rows={4}
          value={draft}
          placeholder={t('item.notePlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={save}
        />
      )}
      {heading ? <h2 className="print-only">{draft}</h2> : <p className="print-only">{draft}</p>}
    </div>
  );
}
