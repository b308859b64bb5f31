import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toFileRecord, type ActivityFile } from '../../domain/activity';
import { formatDateTime } from '../../domain/dates';
import { changedFields } from '../../domain/formats/diff';
import type { FeedConflictRow } from '../../db/feedTables';
import { useFeedConflicts, useSettleConflict } from '../../db/feedQueries';
import { useLang } from '../../lib/useLang';

/**
 * The feed's changes that stand against the analyst's edits. For each, the history of both sides since the
 * version they share (the feed's record as this browser last applied it): what the analyst changed and when, what
 * the feed changed and when it arrived; a link to the record's own history; and the two choices.
 */
export function ConflictList({ address }: { address: string }) {
  const { t } = useTranslation('feeds');
  const { pick } = useLang();
  const conflicts = useFeedConflicts(address).data ?? [];
  const settle = useSettleConflict();
  if (conflicts.length === 0) return null;
  return (
    <section className="feed-conflicts" aria-label={t('conflicts.title', { count: conflicts.length })}>
      <h3>{t('conflicts.title', { count: conflicts.length })}</h3>
      <p className="muted">{t('conflicts.intro')}</p>
      <ul>
        {conflicts.map((c) => {
          const title = c.mine ? pick(c.mine.title) : c.theirs ? pick(c.theirs.title) : c.id;
          return (
            <li key={c.id}>
              <strong>{title}</strong> <code>{c.id}</code>
              <Sides conflict={c} />
              <Link to={`/records/${c.id}`}>{t('conflicts.history')}</Link>{' '}
              <button type="button" onClick={() => settle.mutate({ address, id: c.id, take: 'theirs' })}>
                {t('conflicts.takeTheirs')}
              </button>{' '}
              <button type="button" onClick={() => settle.mutate({ address, id: c.id, take: 'mine' })}>
                {t('conflicts.keepMine')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Each side's change since the shared version, in words. */
function Sides({ conflict: c }: { conflict: FeedConflictRow }) {
  const { t } = useTranslation('feeds');
  const field = useTranslation('import').t;
  const { locale } = useLang();
  const since = (from: ActivityFile | null, to: ActivityFile | null, deleted: string) => {
    if (!to) return t(deleted);
    if (!from) return t('conflicts.newHere');
    const fields = changedFields(from, to);
    return fields.length === 0
      ? t('conflicts.sameAsBase')
      : t('conflicts.changedSince', { fields: fields.map((f) => field(`field.${f}`)).join(', ') });
  };
  const mine = c.mine ? toFileRecord(c.mine) : null;
  const edited = c.mine?.storedAt ?? c.mine?.updatedAt;
  return (
    <ul className="muted feed-conflict-sides">
      <li>
        {t('conflicts.mineSide', {
          when: edited ? formatDateTime(edited, locale) : '—',
          changes: since(c.base, mine, 'conflicts.deletedByYou'),
        })}
      </li>
      <li>
        {t('conflicts.theirSide', {
          when: formatDateTime(c.at, locale),
          changes: since(c.base, c.theirs, 'conflicts.deletedByFeed'),
        })}
      </li>
    </ul>
  );
}
