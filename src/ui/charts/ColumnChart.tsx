import './charts.css';
import { CATEGORICAL } from '../palette';
import { activateOnKey, GRID, INK, MUTED } from './chartKeys';
import { labelStep, niceMax, textWidth, ticks } from './layout';
import { useChartWidth } from './useChartWidth';

export interface ColumnRow {
  key: string;
  /** Axis label, e.g. "Nov 2025". */
  label: string;
  value: number;
  selected?: boolean;
}

export interface ColumnChartProps {
  rows: readonly ColumnRow[];
  label: string;
  describe: (row: ColumnRow) => string;
  onSelect?: (key: string) => void;
  format?: (n: number) => string;
  colour?: string;
  height?: number;
  fontSize?: number;
}

/** Vertical columns along a time axis (one per month), with a light grid and the count above each column. */
export function ColumnChart({
  rows,
  label,
  describe,
  onSelect,
  format = String,
  colour = CATEGORICAL[0],
  height = 220,
  fontSize = 12,
}: ColumnChartProps) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const maxValue = Math.max(0, ...rows.map((r) => r.value));
  const axisTicks = ticks(maxValue);
  const top = niceMax(maxValue);
  const left = Math.max(24, textWidth(format(top), fontSize) + 10);
  const bottom = fontSize + 12;
  // Room on the right for half of the last month's label, which is centred on its column.
  const lastLabel = textWidth(rows[rows.length - 1]?.label ?? '', fontSize);
  const right = Math.max(8, lastLabel / 2 - (width - left) / Math.max(1, rows.length) / 2 + 4);
  const plotW = Math.max(40, width - left - right);
  const plotH = height - bottom - fontSize - 8;
  const y0 = fontSize + 8;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.min(64, slot * 0.7);
  const step = labelStep(rows.length, slot, Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize))));
  const showValues = slot >= textWidth(format(maxValue), fontSize) + 4;
  const yOf = (v: number) => y0 + plotH - (v / top) * plotH;
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
        {axisTicks.map((t) => (
          <g key={t}>
            <line x1={left} x2={left + plotW} y1={yOf(t)} y2={yOf(t)} stroke={GRID} />
            <text x={left - 6} y={yOf(t)} dy="0.35em" textAnchor="end" fill={MUTED}>
              {format(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = left + i * slot;
          const h = (r.value / top) * plotH;
          const name = describe(r);
          const body = (
            <>
              <title>{name}</title>
              <rect x={x} y={y0} width={slot} height={plotH} fill="transparent" />
              <rect
                x={x + (slot - barW) / 2}
                y={yOf(r.value)}
                width={barW}
                height={h}
                fill={colour}
                stroke={r.selected ? INK : 'none'}
                strokeWidth={r.selected ? 2 : 0}
              />
              {showValues && r.value > 0 && (
                <text x={x + slot / 2} y={yOf(r.value) - 4} textAnchor="middle" fill={INK} fontWeight={600}>
                  {format(r.value)}
                </text>
              )}
              {i % step === 0 && (
                <text
                  x={x + slot / 2}
                  y={y0 + plotH + fontSize + 4}
                  textAnchor="middle"
                  fill={r.selected ? INK : MUTED}
                  fontWeight={r.selected ? 700 : 400}
                >
                  {r.label}
                </text>
              )}
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
        <line x1={left} x2={left + plotW} y1={y0 + plotH} y2={y0 + plotH} stroke={INK} />
      </svg>
    </div>
  );
}
