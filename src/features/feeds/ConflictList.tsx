import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toFileRecord } from '../../domain/activity';
import { changedFields } from '../../domain/formats/diff';
import { useFeedConflicts, useSettleConflict } from '../../db/feedQueries';
import { useLang } from '../../lib/useLang';

/** The feed's changes that stand against the analyst's edits: for each, what differs, and the two choices. */
export function ConflictList({ address }: { address: string }) {
  const { t } = useTranslation('feeds');
  const tf = useTranslation('import').t;
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
          const mine = c.mine ? toFileRecord(c.mine) : null;
          const fields = mine && c.theirs ? changedFields(mine, c.theirs) : [];
          const title = mine ? pick(mine.title) : c.theirs ? pick(c.theirs.title) : c.id;
          return (
            <li key={c.id}>
              <strong>{title}</strong> <code>{c.id}</code>
              <div className="muted">
                {t('conflicts.mine')}: {mine ? (c.mine?.updatedAt ?? '') : t('conflicts.deleted')} ·{' '}
                {t('conflicts.theirs')}:{' '}
                {c.theirs ? fields.map((f) => tf(`field.${f}`)).join(', ') : t('conflicts.deleted')}
              </div>
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
