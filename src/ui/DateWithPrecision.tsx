import { useTranslation } from 'react-i18next';
import type { Activity } from '../domain/activity';
import { formatActivityDate } from '../domain/dates';
import { useLang } from '../lib/useLang';

/** A date shown no more precisely than its source: "3 Dec 2025", "Q1 2026", "10 Nov – 10 Dec 2025". */
export function DateWithPrecision({
  activity,
  showPrecision = false,
}: {
  activity: Activity;
  showPrecision?: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const text = formatActivityDate(activity, locale);
  return (
    <span className={`date date-${activity.datePrecision}`}>
      <time dateTime={activity.date}>{text}</time>
      {showPrecision && activity.datePrecision !== 'day' && (
        <span className="precision"> ({t(`precision.${activity.datePrecision}`)})</span>
      )}
    </span>
  );
}
