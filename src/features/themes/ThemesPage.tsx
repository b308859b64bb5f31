import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { FacetFigure } from './FacetFigure';
import { MatrixFigure } from './MatrixFigure';
import { MonthThemeFigure } from './MonthThemeFigure';
import { themesModel } from './themesState';
import { filterMonths } from '../../domain/monthFit';
import './themes.css';

export default function ThemesPage() {
  const { t } = useTranslation('themes');
  const { data, filters, isPending, error } = useFilteredActivities();
  const [clipFrom, clipTo] = filterMonths(filters) ?? [null, null];
  const model = useMemo(
    () => (data ? themesModel(data, clipFrom && clipTo ? [clipFrom, clipTo] : null) : null),
    [data, clipFrom, clipTo],
  );
  return (
    <section className="page themes-page">
      <h1>{t('ThemesPage.title')}</h1>
      <p className="lead muted">{t('ThemesPage.intro')}</p>
      <QueryState isPending={isPending} error={error}>
        {model && model.byTheme.activities > 0 ? (
          <>
            <div className="themes-pair">
              <FacetFigure facet="themes" model={model.byTheme} />
              <FacetFigure facet="type" model={model.byType} />
            </div>
            <MonthThemeFigure table={model.byMonth} themeCount={model.byTheme.rows.length} />
            <MatrixFigure matrix={model.matrix} />
          </>
        ) : (
          <EmptyState />
        )}
      </QueryState>
    </section>
  );
}
