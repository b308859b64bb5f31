import type { ReactElement } from 'react';
import type { BaseTickContentProps, LabelProps } from 'recharts';

/**
 * Plain SVG <text> for value labels and axis ticks. Recharts' own <Text> measures every word in the DOM to wrap
 * it whenever it is given a width (which it gives every axis tick and every label on a bar): with a new number on
 * each filter change, that was a forced layout per label — 15–25 ms per change on /themes at 100k records. Our
 * labels never wrap (ticks are thinned by `columnMargins().interval`), so nothing needs measuring.
 */

interface Style {
  fill: string;
  fontSize: number;
  fontWeight?: number;
}

/** The bar's box, from the viewBox Recharts gives a LabelList's content (cartesian charts only). */
function box(viewBox: unknown): { x: number; y: number; width: number; height: number } | null {
  if (!viewBox || typeof viewBox !== 'object') return null;
  const v = viewBox as Record<string, unknown>;
  const n = (k: string) => (typeof v[k] === 'number' ? v[k] : Number.NaN);
  const b = { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
  return Object.values(b).every(Number.isFinite) ? b : null;
}

/**
 * A LabelList `content` drawing `text(value)` above a column ('top') or after a bar ('right'), where Recharts'
 * default label would put it; nothing when `text` returns ''.
 */
export function valueLabel(
  position: 'top' | 'right',
  offset: number,
  text: (value: unknown) => string,
  style: Style,
): (props: LabelProps) => ReactElement {
  function ValueLabel({ viewBox, value }: LabelProps) {
    const b = box(viewBox);
    const s = text(value);
    if (!b || s === '') return <g />;
    return position === 'top' ? (
      <text x={b.x + b.width / 2} y={b.y - offset} textAnchor="middle" {...style}>
        {s}
      </text>
    ) : (
      <text x={b.x + b.width + offset} y={b.y + b.height / 2} dy="0.355em" textAnchor="start" {...style}>
        {s}
      </text>
    );
  }
  return ValueLabel;
}

/** A value-axis tick (left of the plot): `format(value)`, right-aligned, centred on the tick. */
export function valueTick(format: (n: number) => string, style: Style) {
  function ValueTick({ x, y, payload }: BaseTickContentProps & { x?: number | string; y?: number | string }) {
    return (
      <text x={Number(x)} y={Number(y)} dy="0.355em" textAnchor="end" {...style}>
        {format(Number(payload.value))}
      </text>
    );
  }
  return ValueTick;
}
