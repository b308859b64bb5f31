import './charts.css';
import { CATEGORICAL } from '../palette';
import { BarButton } from './BarButton';
import { GRID, INK, MUTED } from './chartKeys';
import { barLayout, wrapLabel } from './layout';
import { useChartWidth } from './useChartWidth';
import { useLang } from '../../lib/useLang';
import { formatNumber } from './captions';

export interface BarRow {
  key: string;
  label: string;
  value: number;
  selected?: boolean;
}

export interface BarChartProps {
  rows: readonly BarRow[];
  /** The chart's accessible name (its figure title). */
  label: string;
  /** The accessible name of one bar, e.g. "Migration: 2 activities". */
  describe: (row: BarRow) => string;
  /** When given, each bar is a button that calls it (e.g. to toggle a filter). */
  onSelect?: (key: string) => void;
  /** How a count is written on the chart; by default with the reader's digit grouping ("9,792"). */
  format?: (n: number) => string;
  colour?: string;
  rowHeight?: number;
  fontSize?: number;
}

/** Space between two bars, as a share of a row on each side. */
const GAP = 0.18;

/**
 * Horizontal bars in the order given (largest first), the count written at the end of each: plain SVG laid out by
 * `barLayout`, so the overview's first charts need no charting library (Recharts is ~100 KB gzip).
 */
export function BarChart({
  rows,
  label,
  describe,
  onSelect,
  format: formatProp,
  colour = CATEGORICAL[0],
  rowHeight = 28,
  fontSize = 13,
}: BarChartProps) {
  const { locale } = useLang();
  // Counts read with the reader's digit grouping unless the caller formats them itself.
  const format = formatProp ?? ((n: number) => formatNumber(n, locale));
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const layout = barLayout(
    rows.map((r) => r.label),
    rows.map((r) => format(r.value)),
    width,
    fontSize,
    rowHeight,
  );
  const row = layout.rowHeight;
  const x0 = layout.labelWidth;
  const plot = Math.max(1, width - x0 - layout.valueRoom);
  const max = Math.max(0, ...rows.map((r) => r.value));
  const length = (v: number) => (max > 0 ? (v / max) * plot : 0);

  return (
    <div ref={ref} className="chart-canvas">
      <svg
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role={onSelect ? 'group' : 'img'}
        aria-label={label}
        style={{ fontSize }}
      >
        {rows.map((r, i) => {
          const top = 2 + i * row;
          const bar = Math.max(r.value > 0 ? 2 : 0, length(r.value));
          return (
            <BarButton
              key={r.key}
              name={describe(r)}
              // The whole row answers, label and value included, so a click on a short bar's row still counts.
              hit={{ x: 0, y: top, width, height: row }}
              onSelect={onSelect && (() => onSelect(r.key))}
              selected={r.selected}
            >
              <rect
                className="chart-bar"
                x={x0}
                y={top + row * GAP}
                width={bar}
                height={row * (1 - 2 * GAP)}
                rx={2}
                fill={colour}
                stroke={r.selected ? INK : 'none'}
                strokeWidth={r.selected ? 2 : 0}
              />
            </BarButton>
          );
        })}
        <line x1={x0} x2={x0} y1={2} y2={layout.height - 2} stroke={GRID} />
        <g className="chart-labels">
          {rows.map((r, i) => {
            const centre = 2 + i * row + row / 2;
            const lines = wrapLabel(r.label, layout.labelMax, fontSize);
            const value = format(r.value);
            return (
              <g key={r.key}>
                <text
                  x={x0 - 8}
                  y={centre}
                  textAnchor="end"
                  fill={INK}
                  fontSize={fontSize}
                  fontWeight={r.selected ? 700 : 400}
                >
                  {lines.map((line, j) => (
                    <tspan key={j} x={x0 - 8} dy={j === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <text
                  x={x0 + Math.max(r.value > 0 ? 2 : 0, length(r.value)) + 6}
                  y={centre}
                  dy="0.355em"
                  textAnchor="start"
                  fill={MUTED}
                  fontSize={fontSize}
                  fontWeight={600}
                >
                  {value}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
