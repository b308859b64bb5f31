import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { withNumbers } from '../../ui/charts/captions';
import { filterMonths, tallyPeriods } from '../../domain/monthFit';
import { planTimeline } from '../../domain/timeline';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { useLang } from '../../lib/useLang';
import { useToday } from '../../lib/useToday';
import { isOverdue } from '../../domain/overdue';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { MonthChartFigure } from './MonthChartFigure';
import { TimelineList } from './TimelineList';
import './timeline.css';

export default function TimelinePage() {
  const { t: rawT } = useTranslation('timeline');
  const { t: tc } = useTranslation();
  const { locale } = useLang();
  const today = useToday();
  const t = withNumbers(rawT, locale);
  const { data, filters, isPending, error } = useFilteredActivities();
  // Derived once per filtered set (sorting all 100k records in date order takes ~25 ms here): the page also
  // re-renders for URL changes that do not change the data.
  const plan = useMemo(() => (data ? planTimeline(data) : null), [data]);
  // The key explains the overdue badge when the list shows one.
  const anyOverdue = useMemo(() => plan?.items.some((a) => isOverdue(a, today)) ?? false, [plan, today]);
  // The key explains period headings when the list has one.
  const anyPeriod = plan?.groups.some((g) => g.period !== null) ?? false;
  const clip = filterMonths(filters);
  const [clipFrom, clipTo] = clip ?? [null, null];
  const tally = useMemo(
    () => tallyPeriods(data ?? [], 'month', clipFrom && clipTo ? [clipFrom, clipTo] : null),
    [data, clipFrom, clipTo],
  );
  return (
    <section className="page timeline-page">
      <h1>{t('TimelinePage.title')}</h1>
      <QueryState isPending={isPending} error={error}>
        {data && plan && plan.items.length > 0 ? (
          <>
            <p className="lead muted">{t('TimelinePage.intro', { count: plan.items.length })}</p>
            <MonthChartFigure tally={tally} total={plan.items.length} />
            <ul className="tl-legend" aria-label={t('legend.label')}>
              <li className="tl-legend-held">{t('legend.held')}</li>
              <li className="tl-legend-pending">{t('legend.pending')}</li>
              <li className="tl-legend-span">{t('legend.span')}</li>
              {anyPeriod && <li className="tl-legend-period">{t('legend.period')}</li>}
              {anyOverdue && (
                <li>
                  <span className="status status-overdue">{tc('overdue.badge')}</span>
                  {t('legend.overdue')}
                </li>
              )}
            </ul>
            <TimelineList plan={plan} from={filters.from} />
          </>
        ) : (
          <EmptyState />
        )}
      </QueryState>
    </section>
  );
}
