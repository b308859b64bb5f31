import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/activity';
import { useLang } from '../../lib/useLang';
import { DateWithPrecision } from '../../ui/DateWithPrecision';
import { withNumbers } from '../../ui/charts/captions';
import { useToday } from '../../lib/useToday';
import { OverdueBadge } from '../../ui/OverdueBadge';

function Group({ title, items }: { title: string; items: Activity[] }) {
  const { lang, locale } = useLang();
  const { search } = useLocation();
  const tc = useTranslation().t;
  const today = useToday();
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="month-list">
        {items.map((a) => (
          <li key={a.id}>
            <DateWithPrecision activity={a} showPrecision />{' '}
            <Link to={{ pathname: `/records/${a.id}`, search }}>{a.title[lang]}</Link>
            <OverdueBadge activity={a} today={today} t={tc} locale={locale} />
          </li>
        ))}
      </ul>
    </>
  );
}

interface Props {
  certain: Activity[];
  possible: Activity[];
  /** Controls for the list as a whole (the download of the month's records). */
  children?: ReactNode;
}

/** The month's activities: dated within it first (by date), then those only known to a longer period. */
export function MonthActivities({ certain, possible, children }: Props) {
  const { t: rawT } = useTranslation('month');
  const { locale } = useLang();
  const t = withNumbers(rawT, locale);
  const headingId = useId();
  return (
    <section className="month-activities" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('list.title')}</h2>
      {children}
      <Group title={t('list.certain', { count: certain.length })} items={certain} />
      <Group title={t('list.possible', { count: possible.length })} items={possible} />
    </section>
  );
}
