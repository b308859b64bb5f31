import type { ReactNode } from 'react';
import { activateOnKey } from './chartKeys';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Props {
  /** Accessible name, also shown as the native tooltip. */
  name: string;
  /** The area that answers the pointer: the whole row or column slot, not only the (maybe tiny) bar. */
  hit: Box;
  /** Present when the bar sets a filter; without it the bar is only a drawing. */
  onSelect?: (() => void) | undefined;
  selected?: boolean | undefined;
  /** -1 keeps a bar clickable without making it a tab stop (stacked segments: the legend is the keyboard path). */
  tabIndex?: 0 | -1;
  children: ReactNode;
}

/**
 * One bar as Recharts' custom `shape`: an SVG group that is a real button (role, name, pressed state, Enter and
 * Space), wrapping a transparent hit area and the drawn rectangle(s).
 */
export function BarButton({ name, hit, onSelect, selected, tabIndex = 0, children }: Props) {
  const body = (
    <>
      <title>{name}</title>
      <rect className="chart-hit-area" {...hit} fill="transparent" />
      {children}
    </>
  );
  if (!onSelect) return <g>{body}</g>;
  return (
    <g
      role="button"
      tabIndex={tabIndex}
      aria-label={name}
      aria-pressed={tabIndex === 0 ? (selected ?? false) : undefined}
      className="chart-hit"
      onClick={onSelect}
      onKeyDown={activateOnKey(onSelect)}
    >
      {body}
    </g>
  );
}
