import { useMemo } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { applyFilters } from '../../domain/applyFilters';
import { comparePeriods } from '../../domain/periodCompare';
import { monthExtent } from '../../domain/timeline';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { QueryState } from '../../ui/QueryState';
import { BreakdownSwitch } from './BreakdownSwitch';
import { CompareChart } from './CompareChart';
import { CompareTable } from './CompareTable';
import { CompareTotals } from './CompareTotals';
import { PeriodForm } from './PeriodForm';
import { BY, B_FROM, B_TO, breakdownOf, compareSearch, resolvePeriods } from './compareState';
import './compare.css';

/**
 * /compare — two periods side by side (A: the URL's dates; B: `bfrom`–`bto`), by country, theme and type, under
 * the URL's other filters. A URL missing a period is completed and replaced, so the filter bar shows A's dates
 * and a copied link (or a briefing item) reproduces the page exactly.
 */
export default function ComparePage() {
  const { t } = useTranslation('compare');
  const { search } = useLocation();
  const navigate = useNavigate();
  const { all, filters, isPending, error } = useFilteredActivities();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const extent = useMemo(() => (all ? monthExtent(all) : null), [all]);
  const resolved = useMemo(
    () => (extent ? resolvePeriods(filters.from, filters.to, params, extent) : null),
    [filters.from, filters.to, params, extent],
  );
  // Every filter but the dates: the dates are the two periods.
  const comparison = useMemo(
    () =>
      all && resolved
        ? comparePeriods(applyFilters(all, { ...filters, from: null, to: null }), resolved.a, resolved.b)
        : null,
    [all, filters, resolved],
  );

  if (resolved && resolved.badB.length === 0 && ['from', 'to', B_FROM, B_TO].some((p) => !params.get(p)))
    return <Navigate replace to={{ pathname: '/compare', search: compareSearch(search, resolved.a, resolved.b) }} />;

  const by = breakdownOf(params.get(BY));
  const setBy = (next: string) => {
    const p = new URLSearchParams(search);
    p.set(BY, next);
    void navigate({ search: `?${p.toString()}` }, { replace: true });
  };
  return (
    <section className="page compare-page">
      <h1>{t('ComparePage.title')}</h1>
      <p className="lead muted">{t('ComparePage.intro')}</p>
      <QueryState isPending={isPending} error={error}>
        {resolved && comparison ? (
          <>
            {resolved.badB.length > 0 && (
              <p role="status" className="notice">
                {t('ComparePage.badB', { values: resolved.badB.join(', ') })}
              </p>
            )}
            <PeriodForm
              key={`${resolved.a.from}/${resolved.a.to}/${resolved.b.from}/${resolved.b.to}`}
              a={resolved.a}
              b={resolved.b}
              onCompare={(a, b) => void navigate({ search: compareSearch(search, a, b) })}
            />
            <CompareTotals comparison={comparison} a={resolved.a} b={resolved.b} />
            <BreakdownSwitch by={by} onChange={setBy} />
            <CompareChart
              comparison={comparison}
              by={by}
              a={resolved.a}
              b={resolved.b}
              search={compareSearch(search, resolved.a, resolved.b)}
            />
            <CompareTable rows={comparison.facets} by={by} a={resolved.a} b={resolved.b} />
          </>
        ) : (
          all && all.length === 0 && <p>{t('ComparePage.empty')}</p>
        )}
      </QueryState>
    </section>
  );
}
