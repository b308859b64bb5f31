import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFilters } from '../../domain/labels';
import { monthExtent } from '../../domain/timeline';
import { useFilteredActivities } from '../../lib/useFilteredActivities';
import { useLang } from '../../lib/useLang';
import { EmptyState } from '../../ui/EmptyState';
import { QueryState } from '../../ui/QueryState';
import { LazyDataExportMenu } from '../../ui/export/LazyDataExportMenu';
import { HeadlineFigures } from './HeadlineFigures';
import { LatestActivities } from './LatestActivities';
import { MiniFiguresLoader } from './MiniFiguresLoader';
import { MonthSwitcher } from './MonthSwitcher';
import { overviewModel } from './overviewState';
import { useIdle } from './useIdle';
import './overview.css';
import { useVocabulary } from '../../lib/useVocabulary';

export default function OverviewPage() {
  const { t } = useTranslation('overview');
  const { lang } = useLang();
  const vocab = useVocabulary();
  const { data, all, filters, isPending, error } = useFilteredActivities();
  // The month switcher's bounds depend on the data set only: computed once per data set, not on each filter change.
  const extent = useMemo(() => (all ? monthExtent(all) : null), [all]);
  const model = useMemo(
    () => (data && all ? overviewModel(data, all, filters, extent) : null),
    [data, all, filters, extent],
  );
  // The data menu waits until the page with its data (and first charts) has been drawn.
  const idle = useIdle(model !== null);
  return (
    <section className="page overview-page">
      <div className="overview-head">
        <div>
          <h1>{t('OverviewPage.title')}</h1>
          <p className="muted">{t('OverviewPage.scope', { filters: describeFilters(filters, lang, vocab) })}</p>
        </div>
        <div className="overview-actions">
          {model && <MonthSwitcher model={model.switcher} />}
          {idle && model && model.headline.activities > 0 && <LazyDataExportMenu />}
        </div>
      </div>
      <QueryState isPending={isPending} error={error}>
        {model && model.headline.activities > 0 ? (
          <>
            <HeadlineFigures h={model.headline} />
            <div className="overview-grid">
              <LatestActivities items={model.latest} total={model.headline.activities} />
              <MiniFiguresLoader m={model} />
            </div>
          </>
        ) : (
          <EmptyState />
        )}
      </QueryState>
    </section>
  );
}
