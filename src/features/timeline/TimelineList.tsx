import { useMemo, useRef, type KeyboardEvent } from 'react';
import { GroupHeading, headingText, moveFor, useListContext, type ListProps } from './listParts';
import { TimelineItem } from './TimelineItem';
import { TimelineVirtual } from './TimelineVirtual';

/**
 * Up to this many items the list is plain HTML (printable, searchable with Ctrl+F, every item in the accessibility
 * tree), as the records table does. Beyond it only the rows near the viewport are in the DOM.
 */
export const VIRTUALIZE_ABOVE = 300;

/**
 * Sections of items under their month or period (domain/timeline.ts). Each item's title is a link, so Tab reaches
 * them in order; the arrow keys (and Home/End) move between items across sections without leaving the list.
 */
export function TimelineList(props: ListProps) {
  return props.plan.items.length > VIRTUALIZE_ABOVE ? <TimelineVirtual {...props} /> : <FullList {...props} />;
}

function FullList({ plan, from }: ListProps) {
  const ctx = useListContext();
  const ref = useRef<HTMLDivElement>(null);
  const keys = useMemo(
    () => ({
      onKeyDown: (e: KeyboardEvent<HTMLAnchorElement>) => {
        const to = moveFor(e.key, Number(e.currentTarget.dataset.timelineItem), plan.items.length);
        if (to === null) return;
        e.preventDefault();
        ref.current?.querySelector<HTMLAnchorElement>(`a[data-timeline-item="${to}"]`)?.focus();
      },
    }),
    [plan],
  );
  return (
    <div ref={ref} className="tl-list" role="region" aria-label={ctx.label}>
      {plan.groups.map((g, i) => {
        // An index, not the key: a period's key has spaces, and ids only need to be unique in the page.
        const headingId = `tl-group-${i}`;
        return (
          <section key={g.key} className="tl-month" aria-labelledby={headingId}>
            <GroupHeading id={headingId} text={headingText(ctx, g, from)} />
            <ol className="tl-items">
              {plan.items.slice(g.first, g.first + g.count).map((a, j) => (
                <TimelineItem key={a.id} activity={a} index={g.first + j} extent={plan.extent} keys={keys} ctx={ctx} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
