import { Bar, BarChart as RBarChart, LabelList, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { YAxisTickContentProps } from 'recharts';
import './charts.css';
import { CATEGORICAL } from '../palette';
import { BarButton } from './BarButton';
import { GRID, INK, MUTED } from './chartKeys';
import { barLayout, wrapLabel } from './layout';
import { valueLabel } from './plainText';
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

/** Horizontal bars in the order given (largest first), drawn by Recharts; the count written at the end of each. */
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
  const data = rows.map((r) => ({ ...r }));
  const layout = barLayout(
    rows.map((r) => r.label),
    rows.map((r) => format(r.value)),
    width,
    fontSize,
    rowHeight,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));

  const shape = (p: BarShapeProps) => {
    const row = p.payload as BarRow;
    const centre = p.y + p.height / 2;
    return (
      <BarButton
        name={describe(row)}
        // The whole row answers, label and value included, so a click on a short bar's row still counts.
        hit={{ x: 0, y: centre - layout.rowHeight / 2, width, height: layout.rowHeight }}
        onSelect={onSelect && (() => onSelect(row.key))}
        selected={row.selected}
      >
        <rect
          className="chart-bar"
          x={p.x}
          y={p.y}
          width={Math.max(row.value > 0 ? 2 : 0, p.width)}
          height={p.height}
          rx={2}
          fill={colour}
          stroke={row.selected ? INK : 'none'}
          strokeWidth={row.selected ? 2 : 0}
        />
      </BarButton>
    );
  };

  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const row = byKey.get(String(payload.value));
    const lines = wrapLabel(row?.label ?? '', layout.labelMax, fontSize);
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        textAnchor="end"
        fill={INK}
        fontSize={fontSize}
        fontWeight={row?.selected ? 700 : 400}
      >
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  return (
    <div ref={ref} className="chart-canvas">
      <RBarChart
        data={data}
        layout="vertical"
        width={width}
        height={layout.height}
        margin={{ top: 2, right: layout.valueRoom, bottom: 2, left: 0 }}
        barCategoryGap="18%"
        role={onSelect ? 'group' : 'img'}
        aria-label={label}
        accessibilityLayer={false}
        style={{ fontSize }}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="key"
          width={layout.labelWidth}
          tickLine={false}
          axisLine={{ stroke: GRID }}
          tickMargin={8}
          tick={tick}
          interval={0}
        />
        <Bar dataKey="value" shape={shape} activeBar={false} isAnimationActive={false}>
          <LabelList
            dataKey="value"
            content={valueLabel('right', 6, (v) => format(Number(v)), { fill: MUTED, fontSize, fontWeight: 600 })}
          />
        </Bar>
      </RBarChart>
    </div>
  );
}
