import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemParts } from '../../lib/useProblemText';
import { FieldRow } from './FieldRow';
import { RowsEditor } from './RowEditors';
import { BilingualText, CodesEditor, DateEditor, StatusEditor, TypeEditor } from './ValueEditors';
import type { Checked } from './reviewRecord';
import { decideField, edit, type ReviewDraft, type ReviewField } from './reviewState';

interface Props {
  review: ReviewDraft;
  n: number;
  checked: Checked;
  onChange: (change: (r: ReviewDraft) => ReviewDraft) => void;
  onFocusField: (field: ReviewField) => void;
}

/** One proposed activity: its fields to accept, edit or drop, and what still keeps it from being a record. */
export function DraftCard({ review, n, checked, onChange, onFocusField }: Props) {
  const { t } = useTranslation('drafting');
  const parts = useProblemParts();
  const heading = `draft-${review.key}-heading`;
  const title = review.titleEs || review.titleEn || t('review.untitled');
  const dropped = review.decision === 'dropped';
  const row = (field: ReviewField, editor: ReactNode, droppable = true) => (
    <FieldRow
      review={review}
      field={field}
      droppable={droppable}
      onDecide={(d) => onChange((r) => decideField(r, field, d))}
      onFocusField={() => onFocusField(field)}
    >
      {editor}
    </FieldRow>
  );
  const props = (field: ReviewField) => ({
    review,
    onEdit: (patch: Partial<ReviewDraft>) => onChange((r) => edit(r, field, patch)),
  });
  // "places[0].lat" → "Places · 1 · Latitude": the problem named with the card's own labels.
  const fieldName = (path: string) => {
    const [head = '', index, ...rest] = path.split(/[.[\]]+/).filter(Boolean);
    const words = [t(`field.${head}`, { defaultValue: head })];
    if (index !== undefined) words.push(/^\d+$/.test(index) ? String(Number(index) + 1) : t(`edit.col.${index}`));
    for (const r of rest) words.push(t(`edit.col.${r}`, { defaultValue: r }));
    return words.join(' · ');
  };

  return (
    <article className={`draft-card draft-card-${review.decision}`} aria-labelledby={heading}>
      <header className="draft-card-head">
        <h3 id={heading}>{t('review.heading', { n, title })}</h3>
        <p className="muted">{t('review.paragraph', { n: review.paragraph })}</p>
        <p className="draft-card-actions">
          <button
            type="button"
            className="button-secondary"
            aria-pressed={review.decision === 'accepted'}
            onClick={() => onChange((r) => ({ ...r, decision: r.decision === 'accepted' ? 'proposed' : 'accepted' }))}
          >
            {t('review.acceptDraft', { n })}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-pressed={dropped}
            onClick={() => onChange((r) => ({ ...r, decision: dropped ? 'proposed' : 'dropped' }))}
          >
            {dropped ? t('review.restoreDraft', { n }) : t('review.dropDraft', { n })}
          </button>
        </p>
      </header>
      {dropped ? (
        <p className="muted">{t('review.droppedDraft')}</p>
      ) : (
        <>
          {row('title', <BilingualText {...props('title')} field="title" />)}
          {row('type', <TypeEditor {...props('type')} />, false)}
          {row('date', <DateEditor {...props('date')} />)}
          {row('status', <StatusEditor {...props('status')} />, false)}
          {row('countries', <CodesEditor {...props('countries')} field="countries" />)}
          {row('organizations', <CodesEditor {...props('organizations')} field="organizations" />)}
          {row('places', <RowsEditor {...props('places')} field="places" />)}
          {row('actors', <RowsEditor {...props('actors')} field="actors" />)}
          {row('themes', <CodesEditor {...props('themes')} field="themes" />)}
          {row('summary', <BilingualText {...props('summary')} field="summary" />)}
          {checked.ok ? (
            <p className="draft-ready">{t('review.valid')}</p>
          ) : (
            <div className="draft-problems">
              <p>{t('review.problems', { count: checked.problems.length })}</p>
              <ul>
                {checked.problems.map((p, i) => {
                  const { field, what } = parts(p);
                  return <li key={i}>{field === null ? what : `${fieldName(field)}: ${what}`}</li>;
                })}
              </ul>
            </div>
          )}
        </>
      )}
    </article>
  );
}
