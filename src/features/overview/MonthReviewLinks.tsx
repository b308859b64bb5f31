import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import { monthReviewLink } from '../../lib/monthLink';
import { useLang } from '../../lib/useLang';
import { capitalise } from '../../ui/charts/captions';

/**
 * Under the overview's month chart: each of its months as a link to that month's review (/month/yyyy-mm with the
 * URL's filters; the month takes the place of from/to). Links, not the columns themselves: a column's click already
 * zooms on the timeline, and a link can be opened in a new tab or bookmarked. `rows` are the chart's own columns,
 * so every month drawn has its link and no other.
 */
export function MonthReviewLinks({ rows }: { rows: readonly { key: string; label: string }[] }) {
  const { t } = useTranslation('overview');
  const { locale } = useLang();
  const { search } = useLocation();
  const labelId = useId();
  if (rows.length === 0) return null;
  return (
    <nav className="month-review-links" aria-labelledby={labelId}>
      <span className="muted">
        <span id={labelId}>{t('mini.months.reviews')}</span>:
      </span>
      <ul>
        {rows.map((r) => (
          <li key={r.key}>
            <Link
              to={monthReviewLink(r.key, search)}
              title={t('month.reviewOne', { month: capitalise(formatMonth(r.key, locale), locale) })}
            >
              {r.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
