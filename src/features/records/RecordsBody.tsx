import { useLayoutEffect, useRef, useState } from 'react';
import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Activity } from '../../domain/activity';
import type { Lang } from '../../i18n/lang';
import { RecordRow } from './RecordRow';

/**
 * Up to this many rows the table is plain HTML (printable, searchable with Ctrl+F, every row in the accessibility
 * tree). Beyond it only the rows near the viewport are in the DOM: 100k rows would otherwise take seconds to draw.
 */
export const VIRTUALIZE_ABOVE = 300;
const COLUMNS = 7;

interface Props {
  rows: readonly Activity[];
  lang: Lang;
  search: string;
}

export function RecordsBody({ rows, lang, search }: Props) {
  if (rows.length <= VIRTUALIZE_ABOVE)
    return (
      <tbody>
        {rows.map((a) => (
          <RecordRow key={a.id} activity={a} lang={lang} search={search} />
        ))}
      </tbody>
    );
  return <VirtualBody rows={rows} lang={lang} search={search} />;
}

function VirtualBody({ rows, lang, search }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Where the body starts on the page: the virtualizer follows the window's scroll, offset by this.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (el) setScrollMargin(el.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => 64,
    // A row that measures 0 high has not been laid out (a DOM without layout, as in tests): it keeps the estimate,
    // instead of every row counting as 0 high and all of them being drawn at once.
    measureElement: (el, entry, v) => measureElement(el, entry, v) || 64,
    overscan: 12,
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const margin = scrollMargin;
  const top = items.length > 0 ? (items[0]?.start ?? 0) - margin : 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - margin) : 0;
  return (
    <tbody ref={bodyRef}>
      {top > 0 && (
        <tr aria-hidden="true">
          <td colSpan={COLUMNS} style={{ height: top, padding: 0, border: 0 }} />
        </tr>
      )}
      {items.map((item) => {
        const a = rows[item.index];
        return a ? (
          <RecordRow
            key={a.id}
            activity={a}
            lang={lang}
            search={search}
            index={item.index}
            rowRef={virtualizer.measureElement}
          />
        ) : null;
      })}
      {bottom > 0 && (
        <tr aria-hidden="true">
          <td colSpan={COLUMNS} style={{ height: bottom, padding: 0, border: 0 }} />
        </tr>
      )}
    </tbody>
  );
}
