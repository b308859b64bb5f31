import './charts.css';
import { CATEGORICAL } from '../palette';
import { activateOnKey, GRID, INK, MUTED } from './chartKeys';
import { fitText, niceMax, textWidth } from './layout';
import { useChartWidth } from './useChartWidth';

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
  /** The accessible name of one bar, e.g. "Migration: 2 activities. Filter by this theme". */
  describe: (row: BarRow) => string;
  /** When given, each bar is a button that calls it (e.g. to toggle a filter). */
  onSelect?: (key: string) => void;
  format?: (n: number) => string;
  colour?: string;
  rowHeight?: number;
  fontSize?: number;
}

/** Horizontal bars, largest first, the count written at the end of each bar. */
export function BarChart({
  rows,
  label,
  describe,
  onSelect,
  format = String,
  colour = CATEGORICAL[0],
  rowHeight = 28,
  fontSize = 13,
}: BarChartProps) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize)));
  const labelWidth = Math.min(Math.max(80, longest + 12), Math.round(width * 0.48));
  const valueRoom = textWidth(format(Math.max(0, ...rows.map((r) => r.value))), fontSize) + 10;
  const plot = Math.max(40, width - labelWidth - valueRoom - 4);
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const height = rows.length * rowHeight + 4;
  const barH = Math.round(rowHeight * 0.64);
  return (
    <div ref={ref} className="chart-canvas">
      <svg
        width={width}
        height={height}
        role={onSelect ? 'group' : 'img'}
        aria-label={label}
        fontSize={fontSize}
        xmlns="http://www.w3.org/2000/svg"
      >
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke={GRID} />
        {rows.map((r, i) => {
          const y = i * rowHeight + 2;
          const w = Math.max(r.value > 0 ? 2 : 0, (r.value / max) * plot);
          const name = describe(r);
          const body = (
            <>
              <title>{name}</title>
              {/* A full-width hit area, so a click on a short bar's row still counts. */}
              <rect x={0} y={y} width={width} height={rowHeight} fill="transparent" />
              <text
                x={labelWidth - 8}
                y={y + rowHeight / 2}
                dy="0.35em"
                textAnchor="end"
                fill={INK}
                fontWeight={r.selected ? 700 : 400}
              >
                {fitText(r.label, labelWidth - 12, fontSize)}
              </text>
              <rect
                x={labelWidth}
                y={y + (rowHeight - barH) / 2}
                width={w}
                height={barH}
                fill={colour}
                stroke={r.selected ? INK : 'none'}
                strokeWidth={r.selected ? 2 : 0}
                rx={2}
              />
              <text
                x={labelWidth + w + 6}
                y={y + rowHeight / 2}
                dy="0.35em"
                fill={r.selected ? INK : MUTED}
                fontWeight={600}
              >
                {format(r.value)}
              </text>
            </>
          );
          return onSelect ? (
            <g
              key={r.key}
              role="button"
              tabIndex={0}
              aria-pressed={r.selected ?? false}
              aria-label={name}
              className="chart-hit"
              onClick={() => onSelect(r.key)}
              onKeyDown={activateOnKey(() => onSelect(r.key))}
            >
              {body}
            </g>
          ) : (
            <g key={r.key}>{body}</g>
          );
        })}
      </svg>
    </div>
  );
}
