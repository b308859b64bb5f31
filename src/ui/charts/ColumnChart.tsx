import { useId } from 'react';
import { Bar, BarChart, LabelList, XAxis, type BarShapeProps } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import './charts.css';
import { CATEGORICAL, tint } from '../palette';
import { BarButton } from './BarButton';
import { INK, MUTED } from './chartKeys';
import { columnScale, widestText } from './layout';
import { valueLabel } from './plainText';
import { horizontalGrid, valueAxis } from './columnAxes';
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

/** Vertical columns along a time axis (one per month), drawn by Recharts, with the count above each column. */
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
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const top = fontSize + 8;

  const shape = (p: BarShapeProps) => {
    const row = p.payload as ColumnRow;
    const centre = p.x + p.width / 2;
    return (
      <BarButton
        name={describe(row)}
        // The whole column slot answers, so a month with one activity is as easy to hit as a busy one.
        hit={{ x: centre - m.slot / 2, y: top, width: m.slot, height: height - top }}
        onSelect={onSelect && (() => onSelect(row.key))}
        selected={row.selected}
      >
        <rect
          className="chart-bar"
          x={p.x}
          y={p.y}
          width={p.width}
          height={p.height}
          fill={colour}
          stroke={row.selected ? INK : 'none'}
          strokeWidth={row.selected ? 2 : 0}
        />
      </BarButton>
    );
  };

  // Drawing only: the certain column's button already spans the whole slot and names both counts.
  const possibleShape = (p: BarShapeProps) => (
    <rect
      className="chart-bar chart-bar-possible"
      // Drawn after (over) the certain column's button: the click must reach the button beneath.
      pointerEvents="none"
      x={p.x}
      y={p.y}
      width={p.width}
      height={p.height}
      fill={`url(#${hatchId})`}
      stroke={colour}
      strokeWidth={1}
      strokeDasharray="3 2"
    />
  );
  const tick = ({ x, y, payload }: XAxisTickContentProps) => {
    const row = byKey.get(String(payload.value));
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        dy="0.71em"
        textAnchor="middle"
        fill={row?.selected ? INK : MUTED}
        fontSize={fontSize}
        fontWeight={row?.selected ? 700 : 400}
      >
        {row?.label}
      </text>
    );
  };

  return (
    <div ref={ref} className="chart-canvas">
      <BarChart
        data={data}
        width={width}
        height={height}
        margin={{ top, right: m.right, bottom: 0, left: 0 }}
        barCategoryGap="15%"
        maxBarSize={64}
        role={onSelect ? 'group' : 'img'}
        aria-label={label}
        accessibilityLayer={false}
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
        {horizontalGrid()}
        <XAxis
          dataKey="key"
          tickLine={false}
          axisLine={{ stroke: INK }}
          tick={tick}
          // Labels that would overlap are skipped by our own estimate (m.interval), not by measuring them in the DOM.
          tickFormatter={(key: string) => byKey.get(key)?.label ?? key}
          tickMargin={6}
          interval={m.interval}
          height={fontSize + 12}
        />
        {valueAxis(m.axisWidth, ticks, format, fontSize)}
        <Bar dataKey="value" stackId="t" shape={shape} activeBar={false} isAnimationActive={false} />
        <Bar dataKey="possible" stackId="t" shape={possibleShape} activeBar={false} isAnimationActive={false}>
          {m.showValues && (
            <LabelList
              dataKey="key"
              content={valueLabel('top', 4, (k) => total(data.find((r) => r.key === k) ?? { value: 0, possible: 0 }), {
                fill: INK,
                fontSize,
                fontWeight: 600,
              })}
            />
          )}
        </Bar>
      </BarChart>
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
