import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS, STATUSES } from '../../domain/activity';
import { valueLabel } from '../../domain/labels';
import type { ListParam } from '../../domain/filters';
import { useLang } from '../../lib/useLang';
import { useVocabulary } from '../../lib/useVocabulary';
import { DateField } from '../../ui/DateField';
import { listOf, type ReviewDraft } from './reviewState';

export interface EditorProps {
  review: ReviewDraft;
  onEdit: (patch: Partial<ReviewDraft>) => void;
}

export function BilingualText({ review, onEdit, field }: EditorProps & { field: 'title' | 'summary' }) {
  const { t } = useTranslation('drafting');
  const Tag = field === 'title' ? 'input' : 'textarea';
  const [es, en] = field === 'title' ? (['titleEs', 'titleEn'] as const) : (['summaryEs', 'summaryEn'] as const);
  return (
    <div className="draft-pair">
      <label>
        {t(`edit.${es}`)}
        <Tag value={review[es]} onChange={(e) => onEdit({ [es]: e.target.value })} />
      </label>
      <label>
        {t(`edit.${en}`)}
        <Tag value={review[en]} onChange={(e) => onEdit({ [en]: e.target.value })} />
      </label>
    </div>
  );
}

export function DateEditor({ review, onEdit }: EditorProps) {
  const { t } = useTranslation('drafting');
  return (
    <div className="draft-pair">
      <label>
        {t('edit.date')}
        <DateField value={review.date} onChange={(date) => onEdit({ date })} />
      </label>
      <label>
        {t('edit.precision')}
        <select
          value={review.datePrecision}
          onChange={(e) => onEdit({ datePrecision: e.target.value as ReviewDraft['datePrecision'] })}
        >
          <option value="">{t('edit.noPrecision')}</option>
          {DATE_PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`precision.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {review.datePrecision === 'range' && (
        <label>
          {t('edit.endDate')}
          <DateField value={review.endDate} onChange={(endDate) => onEdit({ endDate })} />
        </label>
      )}
    </div>
  );
}

export function TypeEditor({ review, onEdit }: EditorProps) {
  const { t } = useTranslation('drafting');
  const { pick } = useLang();
  const vocab = useVocabulary();
  return (
    <label>
      {t('edit.type')}
      <select value={review.type} onChange={(e) => onEdit({ type: e.target.value })}>
        {!vocab.typesById.has(review.type) && <option value={review.type}>{review.type}</option>}
        {vocab.activityTypes.map((x) => (
          <option key={x.id} value={x.id}>
            {pick(x.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StatusEditor({ review, onEdit }: EditorProps) {
  const { t } = useTranslation('drafting');
  return (
    <label>
      {t('edit.status')}
      <select value={review.status} onChange={(e) => onEdit({ status: e.target.value as ReviewDraft['status'] })}>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

const PARAM = { countries: 'country', themes: 'theme', organizations: 'org' } as const satisfies Record<
  string,
  ListParam
>;

/** Codes typed as a list ("CL, AR"), with what each one names shown below, so a typo shows as itself. */
export function CodesEditor({ review, onEdit, field }: EditorProps & { field: keyof typeof PARAM }) {
  const { t } = useTranslation('drafting');
  const { lang } = useLang();
  const vocab = useVocabulary();
  const hint = useId();
  const codes = listOf(review[field], field !== 'themes');
  return (
    <div>
      <label>
        {t(`edit.${field}`)}
        <input
          type="text"
          value={review[field]}
          aria-describedby={hint}
          onChange={(e) => onEdit({ [field]: e.target.value })}
        />
      </label>
      <span id={hint} className="muted draft-names">
        {codes.length === 0 ? t('edit.none') : codes.map((c) => valueLabel(PARAM[field], c, lang, vocab)).join(' · ')}
      </span>
    </div>
  );
}
