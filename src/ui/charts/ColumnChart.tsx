import { useId } from 'react';
import './charts.css';
import { CATEGORICAL, tint } from '../palette';
import { BarButton } from './BarButton';
import { GRID, INK, MUTED } from './chartKeys';
import { columnScale, widestText } from './layout';
import { useChartWidth } from './useChartWidth';
import { useLang } from '../../lib/useLang';
import { formatNumber } from './captions';

export interface ColumnRow {
  key: string;
  /** Axis label, e.g. "Nov 2025". */
  label: string;
  /** Activities certainly in the period. */
  value: number;
  /** Activities whose date spans a longer period and may fall in this one: drawn hatched above `value`. */
  possible?: number;
  selected?: boolean;
}

/** Legend entries for the two series; shown (and exported) only when some column has `possible` activities. */
export interface ColumnLegend {
  certain: string;
  possible: string;
}

export interface ColumnChartProps {
  rows: readonly ColumnRow[];
  label: string;
  describe: (row: ColumnRow) => string;
  onSelect?: (key: string) => void;
  /** How a count is written on the chart; by default with the reader's digit grouping ("9,792"). */
  format?: (n: number) => string;
  colour?: string;
  height?: number;
  fontSize?: number;
  legend?: ColumnLegend;
}

/** Space between two columns, as a share of a slot on each side; a column is never wider than MAX_BAR. */
const GAP = 0.15;
const MAX_BAR = 64;

/**
 * Vertical columns along a time axis (one per period), with the count above each column: plain SVG laid out by
 * `columnScale`, so the overview's first charts need no charting library (Recharts is ~100 KB gzip).
 */
export function ColumnChart({
  rows,
  label,
  describe,
  onSelect,
  format: formatProp,
  colour = CATEGORICAL[0],
  height = 220,
  fontSize = 12,
  legend,
}: ColumnChartProps) {
  const { locale } = useLang();
  // Counts read with the reader's digit grouping unless the caller formats them itself.
  const format = formatProp ?? ((n: number) => formatNumber(n, locale));
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const data = rows.map((r) => ({ ...r, possible: r.possible ?? 0 }));
  const anyPossible = data.some((r) => r.possible > 0);
  const light = tint(colour);
  const max = Math.max(0, ...data.map((r) => r.value + r.possible));
  const total = (r: { value: number; possible: number }) =>
    r.possible > 0 ? `${format(r.value)} + ${format(r.possible)}` : r.value > 0 ? format(r.value) : '';
  // Values are shown only if the widest text written above a column ("44 + 18") fits its slot: sized by the
  // largest number alone, the labels of neighbouring months ran into each other on a long period.
  const { ticks, margins: m } = columnScale(
    rows.map((r) => r.label),
    max,
    format,
    width,
    fontSize,
    widestText([format(max), ...data.map(total)], fontSize),
  );
  const top = fontSize + 8;
  const bottom = height - (fontSize + 12);
  const topTick = ticks[ticks.length - 1] || 1;
  const y = (v: number) => bottom - (v / topTick) * (bottom - top);
  const barWidth = Math.min(MAX_BAR, m.slot * (1 - 2 * GAP));
  const centreOf = (i: number) => m.axisWidth + m.slot * (i + 0.5);

  return (
    <div ref={ref} className="chart-canvas">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role={onSelect ? 'group' : 'img'}
        aria-label={label}
        style={{ fontSize }}
      >
        {anyPossible && (
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={light} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colour} strokeWidth="2" />
            </pattern>
          </defs>
        )}
        <g className="chart-grid">
          {ticks.map((tk) => (
            <line key={tk} x1={m.axisWidth} x2={width - m.right} y1={y(tk)} y2={y(tk)} stroke={GRID} />
          ))}
        </g>
        {data.map((r, i) => {
          const x = centreOf(i) - barWidth / 2;
          return (
            <g key={r.key}>
              <BarButton
                name={describe(r)}
                // The whole column slot answers, so a month with one activity is as easy to hit as a busy one.
                hit={{ x: centreOf(i) - m.slot / 2, y: top, width: m.slot, height: height - top }}
                onSelect={onSelect && (() => onSelect(r.key))}
                selected={r.selected}
              >
                <rect
                  className="chart-bar"
                  x={x}
                  y={y(r.value)}
                  width={barWidth}
                  height={bottom - y(r.value)}
                  fill={colour}
                  stroke={r.selected ? INK : 'none'}
                  strokeWidth={r.selected ? 2 : 0}
                />
              </BarButton>
              {r.possible > 0 && (
                // Drawing only: the certain column's button already spans the whole slot and names both counts.
                <rect
                  className="chart-bar chart-bar-possible"
                  pointerEvents="none"
                  x={x}
                  y={y(r.value + r.possible)}
                  width={barWidth}
                  height={y(r.value) - y(r.value + r.possible)}
                  fill={`url(#${hatchId})`}
                  stroke={colour}
                  strokeWidth={1}
                  strokeDasharray="3 2"
                />
              )}
            </g>
          );
        })}
        <line x1={m.axisWidth} x2={width - m.right} y1={bottom} y2={bottom} stroke={INK} />
        <g className="chart-labels">
          {ticks.map((tk) => (
            <text key={tk} x={m.axisWidth - 6} y={y(tk)} dy="0.355em" textAnchor="end" fill={MUTED} fontSize={fontSize}>
              {format(tk)}
            </text>
          ))}
          {data.map((r, i) =>
            // Labels that would overlap are skipped by our own estimate (m.interval), as Recharts' `interval`.
            i % (m.interval + 1) === 0 ? (
              <text
                key={`l-${r.key}`}
                x={centreOf(i)}
                y={bottom + 6}
                dy="0.71em"
                textAnchor="middle"
                fill={r.selected ? INK : MUTED}
                fontSize={fontSize}
                fontWeight={r.selected ? 700 : 400}
              >
                {r.label}
              </text>
            ) : null,
          )}
          {m.showValues &&
            data.map((r, i) =>
              total(r) ? (
                <text
                  key={`v-${r.key}`}
                  x={centreOf(i)}
                  y={y(r.value + r.possible) - 4}
                  textAnchor="middle"
                  fill={INK}
                  fontSize={fontSize}
                  fontWeight={600}
                >
                  {total(r)}
                </text>
              ) : null,
            )}
        </g>
      </svg>
      {anyPossible && legend && (
        <ul className="chart-legend chart-legend-time">
          <li
            className="chart-legend-entry chart-legend-static"
            data-legend-label={legend.certain}
            data-legend-color={colour}
          >
            <span className="chart-legend-swatch" style={{ background: colour }} aria-hidden="true" />
            {legend.certain}
          </li>
          <li
            className="chart-legend-entry chart-legend-static"
            data-legend-label={legend.possible}
            data-legend-color={colour}
            data-legend-hatched="true"
            data-legend-background={light}
          >
            <span
              className="chart-legend-swatch chart-legend-swatch-possible"
              style={{ color: colour }}
              aria-hidden="true"
            />
            {legend.possible}
          </li>
        </ul>
      )}
    </div>
  );
}
