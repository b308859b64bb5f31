import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Ref } from 'react';
import type { Activity } from '../../domain/activity';
import { valueLabel } from '../../domain/labels';
import type { Lang } from '../../i18n/lang';
import { DateWithPrecision } from '../../ui/DateWithPrecision';
import { useVocabulary } from '../../lib/useVocabulary';
import { useToday } from '../../lib/useToday';
import { localeOf } from '../../domain/labels';
import { OverdueBadge } from '../../ui/OverdueBadge';

interface Props {
  activity: Activity;
  lang: Lang;
  search: string;
  rowRef?: Ref<HTMLTableRowElement>;
  index?: number;
}

export function RecordRow({ activity: a, lang, search, rowRef, index }: Props) {
  const { t } = useTranslation('records');
  const tc = useTranslation().t;
  const vocab = useVocabulary();
  const today = useToday();
  return (
    <tr ref={rowRef} data-index={index}>
      {/* No nowrap: the column has a fixed width, and a Spanish range ("10 de nov. – 10 de dic. de 2025") must wrap. */}
      <td>
        <DateWithPrecision activity={a} />
      </td>
      <td>
        <Link to={{ pathname: `/records/${a.id}`, search }}>{a.title[lang]}</Link>
        {a.origin === 'analyst' && <span className="tag tag-analyst">{t('analyst')}</span>}
      </td>
      {/* data-label names the cell on a phone, where the rows are cards (records.css). */}
      <td data-label={t('col.type')}>{valueLabel('type', a.type, lang, vocab)}</td>
      <td data-label={t('col.countries')} data-empty={a.countries.length === 0}>
        {a.countries.map((c) => valueLabel('country', c, lang, vocab)).join(', ') || '—'}
      </td>
      <td data-label={t('col.organizations')} data-empty={a.organizations.length === 0}>
        {a.organizations.map((o) => valueLabel('org', o, lang, vocab)).join(', ') || '—'}
      </td>
      <td data-label={t('col.themes')}>{a.themes.map((th) => valueLabel('theme', th, lang, vocab)).join(', ')}</td>
      <td className="status-cell">
        <span className={`status status-${a.status}`}>{tc(`status.${a.status}`)}</span>
        <OverdueBadge activity={a} today={today} t={tc} locale={localeOf(lang)} />
      </td>
    </tr>
  );
}
