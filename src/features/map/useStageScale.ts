import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * How many viewBox units one on-screen pixel spans (1 when the map is drawn at its natural width, about 2.5 on a
 * phone). The map's text and symbols are multiplied by it (within limits) so that a legend or a marker that reads
 * at 12 px on a desktop is not shrunk to 4 px on a phone.
 */
export function useStageScale(ref: RefObject<HTMLElement | null>, viewWidth: number): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || viewWidth <= 0 || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width ?? 0;
      // Rounded to a tenth, so a resize by a pixel or two does not lay the whole map out again.
      if (w > 0) setScale(Math.max(1, Math.round((viewWidth / w) * 10) / 10));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, viewWidth]);
  return scale;
}
