import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activitiesToJson } from '../../domain/formats/json';
import { changesSinceSync, useUnsubscribe } from '../../db/feedQueries';
import type { FeedSummary } from '../../db/feeds';
import { downloadText } from '../../lib/export/download';
import { formatDateTime } from '../../domain/dates';
import { useLang } from '../../lib/useLang';
import { ConflictList } from './ConflictList';
import type { SyncProgress } from './syncFeed';
import { useFailureText } from './useFailureText';
import type { FeedPageResult } from './useFeedSync';

interface Props {
  feed: FeedSummary;
  running: SyncProgress | null | undefined;
  result: FeedPageResult | undefined;
  onSync: () => void;
}

/** One subscription: when it last synced, what went wrong if anything, its actions and its conflicts. */
export function FeedCard({ feed, running, result, onSync }: Props) {
  const { t } = useTranslation('feeds');
  const { locale } = useLang();
  const failureText = useFailureText();
  const unsubscribe = useUnsubscribe();
  const [note, setNote] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, locale);
  const syncing = running !== undefined;

  const exportChanges = async () => {
    const records = await changesSinceSync(feed.address);
    if (records.length === 0) return setNote(t('noChanges'));
    setNote(null);
    const host = new URL(feed.address).hostname.replace(/[^a-z0-9.-]/gi, '-');
    downloadText(
      activitiesToJson(records),
      `changes-${host}-${new Date().toISOString().slice(0, 10)}.json`,
      'application/json',
    );
  };

  return (
    <li className="feed-card">
      <h2>{feed.title}</h2>
      <p>
        <code>{feed.address}</code>
      </p>
      <p>
        {feed.lastSync ? t('lastSync', { when: when(feed.lastSync) }) : t('neverSynced')}
        {feed.generated && ` · ${t('published', { when: when(feed.generated) })}`} ·{' '}
        {t('records', { count: feed.records })}
      </p>
      {feed.lastError && (
        <div role="alert">
          <p>{t('failure.lead', { title: feed.title, when: when(feed.lastError.at) })}</p>
          <p>{failureText(feed.lastError)}</p>
        </div>
      )}
      {syncing && (
        <div role="status" aria-live="polite">
          <p>{t('syncing', { title: feed.title })}</p>
          {running && (
            // No total (the lists re-reading): an indeterminate bar.
            <progress
              aria-label={t(`progress.${running.phase}`)}
              max={running.total || 1}
              {...(running.total > 0 && { value: running.done })}
            />
          )}
        </div>
      )}
      {!syncing && result?.kind === 'closed' && <p role="alert">{t('result.closed')}</p>}
      {!syncing && result && result.kind !== 'failed' && result.kind !== 'closed' && (
        <p role="status">
          {result.kind === 'applied'
            ? t('result.applied', { ...result.outcome, fetched: result.fetched })
            : t(`result.${result.kind}`)}
        </p>
      )}
      <div className="feed-actions">
        <button type="button" onClick={onSync} disabled={syncing}>
          {t('syncNow')}
        </button>{' '}
        <button type="button" onClick={() => void exportChanges()}>
          {t('exportChanges')}
        </button>{' '}
        <button
          type="button"
          disabled={syncing || unsubscribe.isPending}
          onClick={() => {
            if (window.confirm(t('confirmUnsubscribe', { title: feed.title }))) unsubscribe.mutate(feed.address);
          }}
        >
          {t('unsubscribe')}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
      <ConflictList address={feed.address} />
    </li>
  );
}
