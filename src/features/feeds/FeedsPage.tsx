import { useTranslation } from 'react-i18next';
import { useFeeds } from '../../db/feedQueries';
import { FeedCard } from './FeedCard';
import { SubscribeForm } from './SubscribeForm';
import { useFeedSync } from './useFeedSync';
import './feeds.css';

/** Team feeds: subscribe by address, then sync on demand (and on start, see autoSync). */
export default function FeedsPage() {
  const { t } = useTranslation('feeds');
  const feeds = useFeeds();
  const { running, results, sync } = useFeedSync();
  return (
    <section className="page feeds-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SubscribeForm onSubscribed={(address) => void sync(address)} />
      {feeds.data?.length === 0 && <p className="muted">{t('none')}</p>}
      <ul className="feed-list">
        {(feeds.data ?? []).map((f) => (
          <FeedCard
            key={f.address}
            feed={f}
            running={running[f.address]}
            result={results[f.address]}
            onSync={() => void sync(f.address)}
          />
        ))}
      </ul>
    </section>
  );
}
