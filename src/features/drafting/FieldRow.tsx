import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { confidenceOf, type Decision, type ReviewDraft, type ReviewField } from './reviewState';

interface Props {
  review: ReviewDraft;
  field: ReviewField;
  /** Type and status cannot be dropped: every draft has one (the analyst changes it instead). */
  droppable?: boolean;
  onDecide: (d: Decision) => void;
  onFocusField: () => void;
  children: ReactNode;
}

/**
 * One proposed field: its value (editable), the engine's confidence, and the analyst's accept / drop. Focusing
 * anything inside shows the field's evidence in the release text.
 */
export function FieldRow({ review, field, droppable = true, onDecide, onFocusField, children }: Props) {
  const { t, i18n } = useTranslation('drafting');
  const label = t(`field.${field}`);
  const decision = review.fields[field];
  const confidence = confidenceOf(review, field);
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <fieldset className={`draft-field draft-field-${decision}`} onFocus={onFocusField}>
      <legend>
        {label}
        {confidence !== undefined && (
          <span className="draft-confidence">{` (${t('review.confidence', { value: pct.format(confidence) })})`}</span>
        )}
        {decision === 'accepted' && <span className="draft-badge">{` ${t('review.accepted')}`}</span>}
      </legend>
      {decision === 'dropped' ? (
        <p className="muted">{t('review.droppedField')}</p>
      ) : (
        <div className="draft-field-body">{children}</div>
      )}
      <p className="draft-field-actions">
        {decision === 'dropped' ? (
          <button type="button" className="button-secondary" onClick={() => onDecide('proposed')}>
            {t('review.restoreField', { field: label })}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button-secondary"
              aria-pressed={decision === 'accepted'}
              onClick={() => onDecide(decision === 'accepted' ? 'proposed' : 'accepted')}
            >
              {t('review.acceptField', { field: label })}
            </button>
            {droppable && (
              <button type="button" className="button-secondary" onClick={() => onDecide('dropped')}>
                {t('review.dropField', { field: label })}
              </button>
            )}
          </>
        )}
      </p>
    </fieldset>
  );
}
