import { useTranslation } from 'react-i18next';
import { useActivities, useSources } from '../../db/queries';
import { useBriefing, useBriefingAuthor, useBriefingTitle } from '../../db/briefingQueries';
import { QueryState } from '../../ui/QueryState';
import { BriefingHeader } from './BriefingHeader';
import { BriefingItemCard } from './BriefingItemCard';
import { BriefingToolbar } from './BriefingToolbar';
import './briefing.css';

/**
 * The briefing: charts chosen with "Add to briefing", headings, notes and records tables, in the analyst's order,
 * laid out for A4 when printed (see briefing.css).
 */
export default function BriefingPage() {
  const { t } = useTranslation('briefing');
  const items = useBriefing();
  const title = useBriefingTitle();
  const author = useBriefingAuthor();
  const activities = useActivities();
  const sources = useSources();
  const pending = items.isPending || title.isPending || author.isPending || activities.isPending || sources.isPending;
  const error = items.error ?? title.error ?? author.error ?? activities.error ?? sources.error;
  const list = items.data ?? [];
  const name = title.data ?? t('defaultTitle');
  return (
    <section className="page briefing-page">
      <QueryState isPending={pending} error={error}>
        <BriefingHeader
          title={name}
          author={author.data ?? ''}
          items={list}
          activities={activities.data ?? []}
          sources={sources.data ?? []}
        />
        <BriefingToolbar title={name} author={author.data ?? ''} />
        {list.length === 0 ? (
          <p className="briefing-empty screen-only">{t('empty')}</p>
        ) : (
          <ol className="briefing-items" aria-label={t('item.list')}>
            {list.map((item, i) => (
              <BriefingItemCard
                key={item.id}
                item={item}
                first={i === 0}
                last={i === list.length - 1}
                activities={activities.data ?? []}
                sources={sources.data ?? []}
              />
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
