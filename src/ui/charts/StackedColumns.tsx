import { useId } from 'react';
import { Bar, BarChart, LabelList, XAxis, type BarShapeProps } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import './charts.css';
import { BarButton } from './BarButton';
import { INK, MUTED } from './chartKeys';
import { columnScale, widestText } from './layout';
import { valueLabel } from './plainText';
import { horizontalGrid, valueAxis } from './columnAxes';
import { useChartWidth } from './useChartWidth';
import { StackLegend } from './StackLegend';
import type { Series, StackRow } from './stackTypes';

export type { Series, StackRow } from './stackTypes';

interface Props {
  series: readonly Series[];
  rows: readonly StackRow[];
  label: string;
  legendName: (s: Series) => string;
  segmentName: (row: StackRow, s: Series, value: number) => string;
  onSelect: (seriesKey: string) => void;
  /** Numbers on the axis and above the columns, in the reader's locale. */
  format?: (n: number) => string;
  height?: number;
  fontSize?: number;
}

/**
 * Columns per period stacked by theme, drawn by Recharts. The legend (an HTML list above the chart) is the
 * keyboard path: each entry is a button toggling its theme. Segments answer the mouse and are listed
 * for screen readers, but are not tab stops (a year of months × eight themes would be hundreds).
 */
export function StackedColumns({
  series,
  rows,
  label,
  legendName,
  segmentName,
  onSelect,
  format = String,
  height = 260,
  fontSize = 12,
}: Props) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const data = rows.map((r) => ({ ...r }));
  const hatched = series.filter((s) => s.hatched);
  // The hatched series sits on top of the certain ones, so the column's height is their sum.
  const maxTotal = Math.max(0, ...rows.map((r) => r.total + hatched.reduce((n, s) => n + (r.values[s.key] ?? 0), 0)));
  // "12 + 8": the certain total, then what the hatched series adds; never one sum that mixes the two.
  const columnLabel = (r: StackRow | undefined) => {
    if (!r) return '';
    const extra = hatched.reduce((n, s) => n + (r.values[s.key] ?? 0), 0);
    if (extra > 0) return `${format(r.total)} + ${format(extra)}`;
    return r.total > 0 ? format(r.total) : '';
  };
  // Sized by the widest label it writes ("44 + 18"), not the largest number: with many months the labels of
  // neighbouring columns ran into each other.
  const widestLabel = widestText([format(maxTotal), ...rows.map((r) => columnLabel(r))], fontSize);
  const { ticks, margins: m } = columnScale(
    rows.map((r) => r.label),
    maxTotal,
    format,
    width,
    fontSize,
    widestLabel,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const top = fontSize + 8;
  const periodTick = ({ x, y, payload }: XAxisTickContentProps) => (
    <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" fill={MUTED} fontSize={fontSize}>
      {byKey.get(String(payload.value))?.label}
    </text>
  );
  const last = series[series.length - 1];

  const segment = (s: Series) => (p: BarShapeProps) => {
    const row = p.payload as StackRow;
    const v = row.values[s.key] ?? 0;
    if (v === 0 || p.height <= 0) return <g />;
    const box = { x: p.x, y: p.y, width: p.width, height: p.height };
    return (
      <BarButton
        name={segmentName(row, s, v)}
        hit={box}
        onSelect={s.selectable ? () => onSelect(s.key) : undefined}
        tabIndex={-1}
      >
        {s.hatched ? (
          <rect className="chart-bar" {...box} fill={`url(#${hatchId})`} stroke={s.colour} strokeDasharray="3 2" />
        ) : (
          <rect className="chart-bar" {...box} fill={s.colour} stroke="#fff" strokeWidth={0.75} />
        )}
      </BarButton>
    );
  };

  return (
    <div ref={ref} className="chart-canvas">
      {/* Our own HTML legend above the plot, in the page's flow. Not Recharts' <Legend> (which we used to portal
          here): it measures its box in the DOM after every change, a forced layout on each filter change. */}
      <StackLegend series={series} legendName={legendName} onSelect={onSelect} />
      <BarChart
        data={data}
        width={width}
        height={height}
        margin={{ top, right: m.right, bottom: 0, left: 0 }}
        barCategoryGap="20%"
        maxBarSize={80}
        role="group"
        aria-label={label}
        accessibilityLayer={false}
        style={{ fontSize }}
      >
        {hatched[0] && (
          <defs>
            <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <line x1="0" y1="0" x2="0" y2="6" stroke={hatched[0].colour} strokeWidth="2" />
            </pattern>
          </defs>
        )}
        {horizontalGrid()}
        <XAxis
          dataKey="key"
          tickLine={false}
          axisLine={{ stroke: INK }}
          tick={periodTick}
          tickMargin={6}
          interval={m.interval}
          height={fontSize + 12}
        />
        {valueAxis(m.axisWidth, ticks, format, fontSize)}
        {series.map((s) => (
          <Bar
            key={s.key}
            name={s.label}
            dataKey={(r: StackRow) => r.values[s.key] ?? 0}
            stackId="themes"
            fill={s.colour}
            shape={segment(s)}
            activeBar={false}
            isAnimationActive={false}
          >
            {/* The month's total above its column: the top series' labels, reading the row's total. */}
            {s === last && m.showValues && (
              <LabelList
                valueAccessor={(e) => (e.payload as StackRow).key}
                content={valueLabel('top', 4, (k) => columnLabel(byKey.get(String(k))), {
                  fill: INK,
                  fontSize,
                  fontWeight: 600,
                })}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
