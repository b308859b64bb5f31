import type { Activity } from '../domain/activity';
import { formatActivityDate } from '../domain/dates';
import { isOverdue } from '../domain/overdue';
import type { Translate } from './charts/captions';

interface Props {
  activity: Activity;
  today: string;
  /** The common namespace's translator (the timeline reads it once for all its rows, so it is passed in). */
  t: Translate;
  locale: string;
  /** Show the whole sentence (the record page); else the badge alone, with the sentence for screen readers. */
  detailed?: boolean;
}

/**
 * "Overdue: planned for Q1 2026, no report that it took place" — a planned or announced activity whose period has
 * passed. The word in a badge of its own shape (solid, with a mark), not a colour alone; nothing for the others.
 */
export function OverdueBadge({ activity: a, today, t, locale, detailed = false }: Props) {
  if (a.status === 'held' || !isOverdue(a, today)) return null;
  const detail = t(`overdue.${a.status}`, { date: formatActivityDate(a, locale) });
  const badge = t('overdue.badge');
  // The leading space keeps the words apart from what precedes ("Planned Overdue: …", not "PlannedOverdue: …").
  return (
    <>
      {' '}
      <span
        className={detailed ? 'overdue overdue-detailed' : 'overdue'}
        title={detailed ? undefined : `${badge}: ${detail}`}
      >
        <span className="status status-overdue">{badge}</span>
        <span className={detailed ? 'overdue-detail' : 'visually-hidden'}>
          <span className="visually-hidden">:</span> {detail}
        </span>
      </span>
    </>
  );
}
