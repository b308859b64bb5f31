import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_PARAMS, hasActiveFilters, toggleValue } from '../../domain/filters';
import { useActivities } from '../../db/queries';
import { useFilters } from '../../lib/useFilters';
import { useLang } from '../../lib/useLang';
import { MultiSelect } from '../../ui/MultiSelect';
import { FilterChips } from './FilterChips';
import { FilterNotice } from './FilterNotice';
import { useFilterOptions } from './useFilterOptions';
import { useVocabulary } from '../../lib/useVocabulary';

/** The one filter set, written to the URL: every view reads it from there. */
export function FilterBar() {
  const { t } = useTranslation('filters');
  const { lang } = useLang();
  const { filters, rejected, setFilters, clearFilters } = useFilters();
  const { data: all } = useActivities();
  const vocab = useVocabulary();
  const options = useFilterOptions(all, lang, filters, vocab);
  const [q, setQ] = useState(filters.q);

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
      <div className="filter-controls">
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
        {LIST_PARAMS.map((p) => (
          <MultiSelect
            key={p}
            label={t(`param.${p}`)}
            options={options[p]}
            selected={filters[p]}
            emptyText={t('noOptions')}
            onToggle={(v) => setFilters({ [p]: toggleValue(filters[p], v) })}
          />
        ))}
        <label className="filter-date">
          {t('from')}
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => setFilters({ from: e.target.value || null })}
          />
        </label>
        <label className="filter-date">
          {t('to')}
          <input type="date" value={filters.to ?? ''} onChange={(e) => setFilters({ to: e.target.value || null })} />
        </label>
        {hasActiveFilters(filters) && (
          <button type="button" className="link-button" onClick={clearFilters}>
            {t('clearAll')}
          </button>
        )}
      </div>
      <FilterChips filters={filters} onChange={setFilters} lang={lang} />
      <FilterNotice rejected={rejected} />
    </section>
  );
}
