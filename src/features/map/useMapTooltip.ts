import { useCallback, useRef, useState, type MouseEvent } from 'react';
import type { MapTarget } from './mapTarget';

export interface TooltipState {
  target: MapTarget;
  x: number;
  y: number;
  /** Near the right edge the tooltip opens to the left of the point, so it is never cut off. */
  flip: boolean;
}

/**
 * Where the tooltip goes: at the pointer when hovering, at the shape's anchor (scaled from the SVG's viewBox to its
 * on-screen size) when a keyboard user focuses it. Escape hides it (WCAG 1.4.13).
 */
export function useMapTooltip(viewWidth: number) {
  const stageRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  const enter = useCallback(
    (target: MapTarget, e?: MouseEvent) => {
      const stage = stageRef.current;
      if (!stage) return;
      const rect = stage.getBoundingClientRect();
      if (e) {
        const x = e.clientX - rect.left;
        setTip({ target, x, y: e.clientY - rect.top, flip: x > rect.width - 260 });
        return;
      }
      const svg = stage.querySelector('svg');
      const scale = svg && viewWidth > 0 ? svg.getBoundingClientRect().width / viewWidth : 1;
      const [ax, ay] = target.kind === 'country' ? target.row.anchor : [target.row.x, target.row.y];
      setTip({ target, x: ax * scale, y: ay * scale, flip: ax * scale > rect.width - 260 });
    },
    [viewWidth],
  );
  const leave = useCallback(() => setTip(null), []);
  const onKeyDown = useCallback((e: React.KeyboardEvent) => {
    if (e.key === 'Escape') setTip(null);
  }, []);
  return { stageRef, tip, enter, leave, onKeyDown };
}
