import { useMemo, type CSSProperties, type Ref } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatActivityDate, formatMonth } from '../../domain/dates';
import type { TimelineGroup, TimelinePlan } from '../../domain/timeline';
import { monthReviewLink } from '../../lib/monthLink';
import { useLang } from '../../lib/useLang';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import type { ItemContext } from './TimelineItem';
import { useVocabulary } from '../../lib/useVocabulary';
import { useToday } from '../../lib/useToday';

/** What the plain and the virtualised list share: keys, the hooks' context, headings. */

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Where a key press on the item at `from` moves focus to, or null for a key that does not move it. */
export function moveFor(key: string, from: number, count: number): number | null {
  const move = MOVES[key];
  return move ? move(from, count) : null;
}

export interface ListProps {
  plan: TimelinePlan;
  /** The `from` filter: groups that start before it hold activities begun earlier and still under way. */
  from: string | null;
}

/** What the item rows and month headings read from hooks, read once for the whole list. */
export function useListContext(): ItemContext & { label: string } {
  const { t: rawT } = useTranslation('timeline');
  const { lang, locale } = useLang();
  const vocab = useVocabulary();
  const tc = useTranslation().t;
  const { search } = useLocation();
  const today = useToday();
  return useMemo(() => {
    const t = withNumbers(rawT, locale);
    return { t, tc, lang, locale, search, vocab, today, label: t('list') };
  }, [rawT, tc, lang, locale, search, vocab, today]);
}

export interface HeadingText {
  /** "November 2025", or a period as its source gives it: "Q1 2026", "10 Nov – 10 Dec 2025". */
  name: string;
  count: string;
  /** A month's review (/month/yyyy-mm with the URL's filters); a period heading has none. */
  review: ReturnType<typeof monthReviewLink> | null;
  reviewTitle: string;
}

/**
 * A heading's text: its month or period, its count, and whether its activities began before the dates shown. A
 * period heading says its activities are known only to that period, so its count is not read as a month's.
 */
export function headingText(ctx: ItemContext, group: TimelineGroup, from: string | null): HeadingText {
  const begun = group.period
    ? from !== null && group.period.date < from
    : from !== null && group.month < from.slice(0, 7);
  const earlier = begun ? ` · ${ctx.t('earlier')}` : '';
  if (group.period)
    return {
      name: formatActivityDate(group.period, ctx.locale),
      count: `${ctx.t('periodCount', { count: group.count })}${earlier}`,
      review: null,
      reviewTitle: '',
    };
  const name = capitalise(formatMonth(group.month, ctx.locale), ctx.locale);
  return {
    name,
    count: `${ctx.t('monthCount', { count: group.count })}${earlier}`,
    review: monthReviewLink(group.month, ctx.search),
    reviewTitle: ctx.t('review', { month: name }),
  };
}

/** A heading: a month's name links to its review; a period's name is plain text. */
export function GroupHeading({
  text,
  id,
  headingRef,
  row,
  style,
}: {
  text: HeadingText;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  row?: number;
  style?: CSSProperties;
}) {
  return (
    <h2
      id={id}
      className={text.review ? 'tl-heading' : 'tl-heading tl-heading-period'}
      ref={headingRef}
      data-index={row}
      style={style}
    >
      {text.review ? (
        <Link to={text.review} title={text.reviewTitle}>
          {text.name}
        </Link>
      ) : (
        text.name
      )}{' '}
      <span className="tl-month-count">{text.count}</span>
    </h2>
  );
}
