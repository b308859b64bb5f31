import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import type { MonthGroup } from '../../domain/timeline';
import { useLang } from '../../lib/useLang';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import { TimelineItem, type ItemContext } from './TimelineItem';

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * Month sections of items. Each item's title is a link, so Tab reaches them in order; the arrow keys (and
 * Home/End) move between items across months without leaving the list.
 */
export function TimelineList({
  groups,
  extent,
  from,
}: {
  groups: readonly MonthGroup[];
  extent: [string, string] | null;
  /** The `from` filter: months before it hold activities begun earlier and still under way. */
  from: string | null;
}) {
  const { t: rawT } = useTranslation('timeline');
  const { lang, locale } = useLang();
  const t = withNumbers(rawT, locale);
  const tc = useTranslation().t;
  const { search } = useLocation();
  const ctx = useMemo<ItemContext>(
    () => ({ t: withNumbers(rawT, locale), tc, lang, locale, search }),
    [rawT, tc, lang, locale, search],
  );
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>) => {
    const move = MOVES[e.key];
    if (!move || !ref.current) return;
    const links = [...ref.current.querySelectorAll<HTMLAnchorElement>('a[data-timeline-item]')];
    const i = links.indexOf(e.currentTarget);
    if (i < 0) return;
    e.preventDefault();
    links[move(i, links.length)]?.focus();
  };
  return (
    <div ref={ref} className="tl-list" role="region" aria-label={t('list')}>
      {groups.map((g) => {
        const headingId = `tl-month-${g.month}`;
        return (
          <section key={g.month} className="tl-month" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {capitalise(formatMonth(g.month, locale), locale)}{' '}
              <span className="tl-month-count">
                {t('monthCount', { count: g.items.length })}
                {from && g.month < from.slice(0, 7) ? ` · ${t('earlier')}` : ''}
              </span>
            </h2>
            <ol className="tl-items">
              {g.items.map((a) => (
                <TimelineItem key={a.id} activity={a} extent={extent} onKeyDown={onKeyDown} ctx={ctx} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
