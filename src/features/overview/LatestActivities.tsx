import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withNumbers } from '../../ui/charts/captions';
import type { Activity } from '../../domain/activity';
import { valueLabel } from '../../domain/labels';
import { useLang } from '../../lib/useLang';
import { DateWithPrecision } from '../../ui/DateWithPrecision';
import { useVocabulary } from '../../lib/useVocabulary';

/** The most recent activities (by start date), each linked to its record, the filters kept in the link. */
export function LatestActivities({ items, total }: { items: readonly Activity[]; total: number }) {
  const { t: rawT } = useTranslation('overview');
  const tc = useTranslation().t;
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const t = withNumbers(rawT, locale);
  const { search } = useLocation();
  return (
    <section className="panel latest" aria-labelledby="latest-title">
      <h2 id="latest-title">{t('latest.title')}</h2>
      <p className="muted small">{t('latest.note')}</p>
      <ol className="latest-list">
        {items.map((a) => (
          <li key={a.id} className={a.status === 'held' ? 'latest-held' : 'latest-pending'}>
            <span className="latest-date">
              <DateWithPrecision activity={a} />
            </span>
            <Link to={{ pathname: `/records/${a.id}`, search }}>{a.title[lang]}</Link>
            <span className="latest-meta">
              {valueLabel('type', a.type, lang, vocab)} ·{' '}
              <span className={`status status-${a.status}`}>{tc(`status.${a.status}`)}</span>
            </span>
          </li>
        ))}
      </ol>
      <Link className="more-link" to={{ pathname: '/records', search }}>
        {t('latest.all', { count: total })} <span aria-hidden="true">→</span>
      </Link>
    </section>
  );
}
