import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { TimelineGroup, TimelinePlan } from '../../domain/timeline';
import { GroupHeading, headingText, moveFor, useListContext, type ListProps } from './listParts';
import { TimelineItem } from './TimelineItem';
import { rowAt, rowCount, rowOfItem, type TimelineRow } from './timelineRows';

/**
 * First guesses of a row's height, before it is measured: what a heading and a one-line card measure on a desktop
 * (1rem = 16px). A row that measures as guessed changes nothing; each that differs makes the virtualizer redo its
 * offsets from that row on (the bulk of the scrolling cost at 100k).
 */
const ESTIMATE = { heading: 67, item: 79 };

/**
 * The timeline beyond a few hundred items: only the rows near the viewport are in the DOM, each placed at its
 * offset within a box as tall as the whole list, so the page scrolls as one. Rows are grouped into sections as they
 * are drawn, one per month or period heading (a period's heading is a row like a month's, placed where
 * domain/timeline.ts orders it); a section whose heading has scrolled away is still named after its month or period.
 */
export function TimelineVirtual({ plan, from }: ListProps) {
  const ctx = useListContext();
  const ref = useRef<HTMLDivElement>(null);
  // Where the list starts on the page. It moves when something above it changes height (the chart's data table).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el?.parentElement) return;
    const update = () => setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el.parentElement);
    return () => observer.disconnect();
  }, []);
  // The item that has focus, or is about to get it: kept rendered wherever the page scrolls, so focus is never lost.
  const [pinned, setPinned] = useState<{ plan: TimelinePlan; index: number } | null>(null);
  const pinnedRow = pinned?.plan === plan ? rowOfItem(plan, pinned.index) : null;
  const focusNext = useRef<number | null>(null);
  const headingRows = useMemo(() => new Set(plan.groups.map((g, i) => g.first + i)), [plan]);
  const estimateSize = useCallback(
    (r: number) => (headingRows.has(r) ? ESTIMATE.heading : ESTIMATE.item),
    [headingRows],
  );
  const virtualizer = useWindowVirtualizer<HTMLElement>({
    count: rowCount(plan),
    estimateSize,
    overscan: 8,
    scrollMargin,
    rangeExtractor: useCallback(
      (range: Range) => {
        const rows = defaultRangeExtractor(range);
        return pinnedRow === null || rows.includes(pinnedRow) ? rows : [...rows, pinnedRow].sort((a, b) => a - b);
      },
      [pinnedRow],
    ),
    // Where nothing has a size (jsdom), keep the estimate rather than a zero that would put every row in view.
    measureElement: (el, entry, v) => measureElement(el, entry, v) || estimateSize(v.indexFromElement(el)),
  });
  useEffect(() => virtualizer.measure(), [plan, virtualizer]);
  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    const link = ref.current?.querySelector<HTMLAnchorElement>(`a[data-timeline-item="${focusNext.current}"]`);
    if (!link) return;
    focusNext.current = null;
    link.focus({ preventScroll: true });
  });
  const keys = useMemo(
    () => ({
      onKeyDown: (e: KeyboardEvent<HTMLAnchorElement>) => {
        const to = moveFor(e.key, Number(e.currentTarget.dataset.timelineItem), plan.items.length);
        if (to === null) return;
        e.preventDefault();
        focusNext.current = to;
        setPinned({ plan, index: to });
        // Home shows the first month's heading too; End puts the last item at the bottom of the window.
        const align = e.key === 'Home' ? 'start' : e.key === 'End' ? 'end' : 'auto';
        virtualizer.scrollToIndex(to === 0 ? 0 : rowOfItem(plan, to), { align });
      },
      onFocus: (e: { currentTarget: HTMLAnchorElement }) =>
        setPinned({ plan, index: Number(e.currentTarget.dataset.timelineItem) }),
    }),
    [plan, virtualizer],
  );
  const sections: { group: TimelineGroup; rows: { row: TimelineRow; index: number; start: number }[] }[] = [];
  for (const v of virtualizer.getVirtualItems()) {
    const row = rowAt(plan, v.index);
    if (!row) continue;
    const last = sections[sections.length - 1];
    const entry = { row, index: v.index, start: v.start - scrollMargin };
    if (last?.group === row.group) last.rows.push(entry);
    else sections.push({ group: row.group, rows: [entry] });
  }
  return (
    <div
      ref={ref}
      className="tl-list tl-virtual"
      role="region"
      aria-label={ctx.label}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {sections.map((s) => {
        const text = headingText(ctx, s.group, from);
        const items = s.rows.filter((r) => r.row.kind === 'item');
        const heading = s.rows.find((r) => r.row.kind === 'heading');
        const style = (start: number) => ({ transform: `translateY(${start}px)` });
        return (
          <section key={s.group.key} className="tl-month" aria-label={`${text.name} ${text.count}`}>
            {heading && (
              <GroupHeading
                text={text}
                headingRef={virtualizer.measureElement}
                row={heading.index}
                style={style(heading.start)}
              />
            )}
            <ol className="tl-items">
              {items.map(({ row, index, start }) =>
                row.kind === 'item' ? (
                  <TimelineItem
                    key={row.activity.id}
                    activity={row.activity}
                    index={row.index}
                    extent={plan.extent}
                    keys={keys}
                    ctx={ctx}
                    placement={{
                      rowRef: virtualizer.measureElement,
                      row: index,
                      style: style(start),
                      pos: row.pos,
                      count: row.group.count,
                    }}
                  />
                ) : null,
              )}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
