import { useCallback, useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIST_PARAMS, hasActiveFilters, toggleValue, type ListParam } from '../../domain/filters';
import { useActivities } from '../../db/queries';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { DateField } from '../../ui/DateField';
import { MultiSelect } from '../../ui/MultiSelect';
import { formatNumber } from '../../ui/charts/captions';
import { FilterChips } from './FilterChips';
import { FilterNotice } from './FilterNotice';
import { activeFilterCount } from './filterCount';
import { useFilterOptions } from './useFilterOptions';
import { useVocabulary } from '../../lib/useVocabulary';

/**
 * The one filter set, written to the URL: every view reads it from there. On a phone (styles.css, below 720 px)
 * everything but the search box folds into a drawer behind a "Filters" button that counts the active filters;
 * on wider screens the button is not drawn and the drawer is always open.
 */
export function FilterBar() {
  const { t } = useTranslation('filters');
  const { lang, locale } = useLang();
  const { filters, rejected, setFilters, clearFilters } = useFilters();
  const { pathname, search } = useLocation();
  const { data: all } = useActivities();
  const vocab = useVocabulary();
  const options = useFilterOptions(all, lang, filters, vocab);
  const [q, setQ] = useState(filters.q);
  const [drawer, setDrawer] = useState(false);
  // One list open at a time: opening one closes the other, so two panels never overlap the page.
  const [openList, setOpenList] = useState<ListParam | null>(null);
  const closeList = useCallback((p: ListParam) => setOpenList((cur) => (cur === p ? null : cur)), []);
  const drawerId = useId();
  const active = activeFilterCount(filters);

  // Follow the URL when it changes from elsewhere (back/forward, a chip, a shared link).
  useEffect(() => setQ(filters.q), [filters.q]);
  // Typing updates the URL after a short pause, so each keystroke does not add a history entry.
  useEffect(() => {
    if (q.trim() === filters.q) return;
    const id = window.setTimeout(() => setFilters({ q: q.trim() }), 300);
    return () => window.clearTimeout(id);
  }, [q, filters.q, setFilters]);

  return (
    <section className="filter-bar" aria-label={t('label')}>
      <div className="filter-top">
        <form
          role="search"
          className="filter-search"
          onSubmit={(e) => (e.preventDefault(), setFilters({ q: q.trim() }))}
        >
          <label>
            <span className="visually-hidden">{t('q')}</span>
            <input type="search" value={q} placeholder={t('qPlaceholder')} onChange={(e) => setQ(e.target.value)} />
          </label>
        </form>
        <button
          type="button"
          className="filter-toggle"
          aria-expanded={drawer}
          aria-controls={drawerId}
          onClick={() => setDrawer((o) => !o)}
        >
          {t('toggle')}
          {active > 0 && (
            <>
              <span className="badge" aria-hidden="true">
                {formatNumber(active, locale)}
              </span>
              {/* Read as "Filters, 2 active filters" rather than a bare number. */}
              <span className="visually-hidden">
                {', '}
                {t('activeCount', { count: active, n: formatNumber(active, locale) })}
              </span>
            </>
          )}
        </button>
      </div>
      <div id={drawerId} className="filter-drawer" data-open={drawer}>
        <div className="filter-controls">
          {LIST_PARAMS.map((p) => (
            <MultiSelect
              key={p}
              label={t(`param.${p}`)}
              options={options[p]}
              selected={filters[p]}
              emptyText={t('noOptions')}
              open={openList === p}
              onOpenChange={(o) => (o ? setOpenList(p) : closeList(p))}
              onToggle={(v) => setFilters({ [p]: toggleValue(filters[p], v) })}
            />
          ))}
          <label className="filter-date">
            {t('from')}
            <DateField value={filters.from ?? ''} onChange={(d) => setFilters({ from: d || null })} />
          </label>
          <label className="filter-date">
            {t('to')}
            <DateField value={filters.to ?? ''} onChange={(d) => setFilters({ to: d || null })} />
          </label>
          {/* Beside the dates, which become the compare page's period A (the other filters apply to both). */}
          {pathname !== '/compare' && (
            <Link className="filter-compare" to={{ pathname: '/compare', search }}>
              {t('compare')}
            </Link>
          )}
        </div>
        {/* Always drawn, one line high when empty: the first filter chosen must not push the page down. */}
        <div className="filter-active">
          <FilterChips filters={filters} onChange={setFilters} lang={lang} />
          {hasActiveFilters(filters) ? (
            <button type="button" className="link-button" onClick={clearFilters}>
              {t('clearAll')}
            </button>
          ) : (
            <span className="muted filter-none">{t('none')}</span>
          )}
        </div>
      </div>
      <FilterNotice rejected={rejected} />
    </section>
  );
}
