import { Bar, BarChart, LabelList, XAxis, type BarShapeProps } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import './charts.css';
import { CATEGORICAL } from '../palette';
import { BarButton } from './BarButton';
import { INK, MUTED } from './chartKeys';
import { columnScale } from './layout';
import { valueLabel } from './plainText';
import { horizontalGrid, valueAxis } from './columnAxes';
import { useChartWidth } from './useChartWidth';
import { useLang } from '../../lib/useLang';
import { formatNumber } from './captions';

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
  /** How a count is written on the chart; by default with the reader's digit grouping ("9,792"). */
  format?: (n: number) => string;
  colour?: string;
  height?: number;
  fontSize?: number;
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
}: ColumnChartProps) {
  const { locale } = useLang();
  // Counts read with the reader's digit grouping unless the caller formats them itself.
  const format = formatProp ?? ((n: number) => formatNumber(n, locale));
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const data = rows.map((r) => ({ ...r }));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const { ticks, margins: m } = columnScale(
    rows.map((r) => r.label),
    max,
    format,
    width,
    fontSize,
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
        <Bar dataKey="value" shape={shape} activeBar={false} isAnimationActive={false}>
          {m.showValues && (
            <LabelList
              dataKey="value"
              content={valueLabel('top', 4, (v) => (Number(v) > 0 ? format(Number(v)) : ''), {
                fill: INK,
                fontSize,
                fontWeight: 600,
              })}
            />
          )}
        </Bar>
      </BarChart>
    </div>
  );
}
