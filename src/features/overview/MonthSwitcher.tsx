import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { monthReviewLink } from '../../lib/monthLink';
import { formatMonth, formatRange } from '../../domain/dates';
import type { MonthSwitch } from '../../domain/timeline';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { capitalise } from '../../ui/charts/captions';

/** Previous / next month and "whole period": analysts browse month by month, and every view follows from/to. */
export function MonthSwitcher({ model }: { model: MonthSwitch }) {
  const { t } = useTranslation('overview');
  const { locale } = useLang();
  const { filters, setFilters } = useFilters();
  const { search } = useLocation();
  const month = (from: string) => capitalise(formatMonth(from.slice(0, 7), locale), locale);
  const current = model.whole
    ? t('month.whole')
    : model.month
      ? month(`${model.month}-01`)
      : filters.from && filters.to
        ? formatRange(filters.from, filters.to, locale)
        : t('month.custom');
  return (
    <nav className="month-switcher" aria-label={t('month.label')}>
      <button
        type="button"
        className="button-secondary"
        disabled={!model.prev}
        aria-label={model.prev ? t('month.prev', { month: month(model.prev.from) }) : t('month.prevNone')}
        onClick={() => model.prev && setFilters(model.prev)}
      >
        <span aria-hidden="true">‹ </span>
        {model.prev ? month(model.prev.from) : t('month.prevNone')}
      </button>
      {/* In the whole period the pressed "Whole period" button already says where we are. */}
      <p className={model.whole ? 'visually-hidden' : 'month-current'} aria-live="polite">
        {current}
      </p>
      <button
        type="button"
        className="button-secondary"
        disabled={!model.next}
        aria-label={model.next ? t('month.next', { month: month(model.next.from) }) : t('month.nextNone')}
        onClick={() => model.next && setFilters(model.next)}
      >
        {model.next ? month(model.next.from) : t('month.nextNone')}
        <span aria-hidden="true"> ›</span>
      </button>
      <button
        type="button"
        className="button-secondary"
        aria-pressed={model.whole}
        onClick={() => setFilters({ from: null, to: null })}
      >
        {t('month.whole')}
      </button>
      {model.whole && model.prev && <span className="muted month-hint">{t('month.hint')}</span>}
      {model.month && (
        <Link to={monthReviewLink(model.month, search)}>
          {t('month.review', { month: month(`${model.month}-01`) })}
        </Link>
      )}
    </nav>
  );
}
