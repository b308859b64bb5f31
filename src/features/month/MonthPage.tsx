import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applyFilters } from '../../domain/applyFilters';
import { formatMonth } from '../../domain/dates';
import { monthReview, parseMonth } from '../../domain/monthReview';
import { monthExtent } from '../../domain/timeline';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { useLang } from '../../lib/useLang';
import { capitalise } from '../../ui/charts/captions';
import { QueryState } from '../../ui/QueryState';
import { LazyDataExportMenu } from '../../ui/export/LazyDataExportMenu';
import { MonthActivities } from './MonthActivities';
import { MonthChart } from './MonthChart';
import { MonthBriefingButton } from './MonthBriefingButton';
import { compareLink, monthSearch, monthWindow } from './monthChartState';
import { WhatChanged } from './WhatChanged';
import './month.css';

/**
 * /month/:yyyy-mm — the month in review, with the URL's filters but its dates (the month is the date). Without a
 * month it opens the month of the latest activity.
 */
export default function MonthPage() {
  const { t } = useTranslation('month');
  const { locale } = useLang();
  const { month: param } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { all, filters, isPending, error } = useFilteredActivities();
  const month = parseMonth(param);
  const [picked, setPicked] = useState(month ?? '');
  const chartDrawing = useRef<HTMLDivElement>(null);
  const [review, months] = useMemo(() => {
    if (!all || !month) return [null, null];
    const undated = applyFilters(all, { ...filters, from: null, to: null });
    // The chart starts with the data set (all records, before filters): earlier months are unrecorded, not empty.
    return [monthReview(undated, month, { recorded: all }), monthWindow(undated, month, monthExtent(all)?.[0] ?? null)];
  }, [all, filters, month]);

  if (!param && all) {
    const extent = monthExtent(all);
    if (extent) return <Navigate replace to={{ pathname: `/month/${extent[1]}`, search }} />;
  }
  const name = month ? capitalise(formatMonth(month, locale), locale) : '';
  const go = (e: FormEvent) => {
    e.preventDefault();
    if (parseMonth(picked)) void navigate({ pathname: `/month/${picked}`, search });
  };
  return (
    <section className="page month-page">
      <h1>{month ? t('MonthPage.title', { month: name }) : t('MonthPage.pick')}</h1>
      <p className="lead muted">{t('MonthPage.intro')}</p>
      {param && !month && <p role="alert">{t('MonthPage.invalid', { value: param })}</p>}
      <QueryState isPending={isPending} error={error}>
        {review ? (
          <>
            <nav className="month-nav" aria-label={t('MonthPage.pick')}>
              <Link to={{ pathname: `/month/${review.previous}`, search }} rel="prev">
                ← {t('MonthPage.previous', { month: formatMonth(review.previous, locale) })}
              </Link>
              <Link to={{ pathname: `/month/${review.next}`, search }} rel="next">
                {t('MonthPage.next', { month: formatMonth(review.next, locale) })} →
              </Link>
              <form onSubmit={go} className="month-pick">
                <label>
                  {t('MonthPage.pick')}{' '}
                  <input type="month" value={picked} onChange={(e) => setPicked(e.target.value)} />
                </label>{' '}
                <button type="submit" className="button-secondary">
                  {t('MonthPage.go')}
                </button>
              </form>
            </nav>
            <div className="month-actions">
              <Link to={compareLink(search, review.month)}>{t('MonthPage.compare')}</Link>
              {months && (
                <MonthBriefingButton review={review} months={months} search={search} drawingRef={chartDrawing} />
              )}
            </div>
            <WhatChanged review={review} />
            {months && <MonthChart months={months} search={search} drawingRef={chartDrawing} />}
            <MonthActivities certain={review.certain} possible={review.possible}>
              <LazyDataExportMenu search={monthSearch(search, review.month)} />
            </MonthActivities>
          </>
        ) : (
          all && all.length === 0 && <p>{t('MonthPage.empty')}</p>
        )}
      </QueryState>
    </section>
  );
}
