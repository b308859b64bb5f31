import { useMemo, type CSSProperties, type Ref } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../domain/dates';
import type { TimelinePlan } from '../../domain/timeline';
import { useLang } from '../../lib/useLang';
import { capitalise, withNumbers } from '../../ui/charts/captions';
import type { ItemContext } from './TimelineItem';
import { useVocabulary } from '../../lib/useVocabulary';
import { useToday } from '../../lib/useToday';

/** What the plain and the virtualised list share: keys, the hooks' context, month headings. */

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
  /** The `from` filter: months before it hold activities begun earlier and still under way. */
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

/** A month's heading: its name, its count, and whether its activities began before the dates shown. */
export function monthHeadingText(ctx: ItemContext, month: string, count: number, from: string | null) {
  const earlier = from && month < from.slice(0, 7) ? ` · ${ctx.t('earlier')}` : '';
  return {
    name: capitalise(formatMonth(month, ctx.locale), ctx.locale),
    count: `${ctx.t('monthCount', { count })}${earlier}`,
  };
}

export function MonthHeading({
  text,
  id,
  headingRef,
  row,
  style,
}: {
  text: { name: string; count: string };
  id?: string;
  headingRef?: Ref<HTMLHeadingElement>;
  row?: number;
  style?: CSSProperties;
}) {
  return (
    <h2 id={id} className="tl-heading" ref={headingRef} data-index={row} style={style}>
      {text.name} <span className="tl-month-count">{text.count}</span>
    </h2>
  );
}
