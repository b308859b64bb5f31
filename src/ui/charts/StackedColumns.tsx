import { useId, useMemo } from 'react';
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
  const hatched = series.filter((s) => s.hatched);
  // The hatched series sits on top of the certain ones, so the column's height is their sum.
  const maxTotal = Math.max(0, ...rows.map((r) => r.total + hatched.reduce((n, s) => n + (r.values[s.key] ?? 0), 0)));
  // "12 + 8": the certain total, then what the hatched series adds; never one sum that mixes the two.
  const columnLabel = (r: StackRow) => {
    const extra = hatched.reduce((n, s) => n + (r.values[s.key] ?? 0), 0);
    if (extra > 0) return `${format(r.total)} + ${format(extra)}`;
    return r.total > 0 ? format(r.total) : '';
  };
  // Everything a segment or a label draws travels in its row, so the functions handed to Recharts are made once per
  // set of series: Recharts keeps each Bar's settings in its own store and updated them whenever a function prop
  // changed identity (nine Bars on every filter change, each a store update and a render), and the segment names
  // were written again on its second render.
  const data: DrawnRow[] = rows.map((r) => ({
    ...r,
    column: columnLabel(r),
    segments: Object.fromEntries(
      series.map((s) => {
        const v = r.values[s.key] ?? 0;
        const select = s.selectable ? () => onSelect(s.key) : undefined;
        return [s.key, { name: v > 0 ? segmentName(r, s, v) : '', colour: s.colour, hatched: !!s.hatched, select }];
      }),
    ),
  }));
  // Sized by the widest label it writes ("44 + 18"), not the largest number: with many months the labels of
  // neighbouring columns ran into each other.
  const widestLabel = widestText([format(maxTotal), ...data.map((r) => r.column)], fontSize);
  const { ticks, margins: m } = columnScale(
    rows.map((r) => r.label),
    maxTotal,
    format,
    width,
    fontSize,
    widestLabel,
  );
  const top = fontSize + 8;
  const last = series[series.length - 1];
  const keys = series.map((s) => s.key).join('\u0000');
  const labels = rows.map((r) => `${r.key}\u0000${r.label}`).join('\u0001');
  const tickTexts = ticks.map(format).join('\u0000');
  const drawn = useMemo(() => {
    const byKey = new Map(labels.split('\u0001').map((x) => x.split('\u0000') as [string, string]));
    const texts = tickTexts.split('\u0000');
    const segment = (key: string) =>
      function Segment(p: BarShapeProps) {
        const seg = (p.payload as DrawnRow).segments[key];
        if (!seg || seg.name === '' || p.height <= 0) return <g />;
        const box = { x: p.x, y: p.y, width: p.width, height: p.height };
        return (
          <BarButton name={seg.name} hit={box} onSelect={seg.select} tabIndex={-1}>
            {seg.hatched ? (
              <rect
                className="chart-bar"
                {...box}
                fill={`url(#${hatchId})`}
                stroke={seg.colour}
                strokeDasharray="3 2"
              />
            ) : (
              <rect className="chart-bar" {...box} fill={seg.colour} stroke="#fff" strokeWidth={0.75} />
            )}
          </BarButton>
        );
      };
    return {
      dataKey: new Map(keys.split('\u0000').map((k) => [k, (r: StackRow) => r.values[k] ?? 0])),
      shape: new Map(keys.split('\u0000').map((k) => [k, segment(k)])),
      periodTick: ({ x, y, payload }: XAxisTickContentProps) => (
        <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" fill={MUTED} fontSize={fontSize}>
          {byKey.get(String(payload.value))}
        </text>
      ),
      columnText: valueLabel('top', 4, (v) => (typeof v === 'string' ? v : ''), {
        fill: INK,
        fontSize,
        fontWeight: 600,
      }),
      // The tick's value → its text as written now (the ticks are part of the key, so a new locale makes new texts).
      tickFormat: (n: number) => texts[ticks.indexOf(n)] ?? String(n),
    };
    // `ticks` is read through `tickTexts`, which changes with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, labels, tickTexts, hatchId, fontSize]);

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
          tick={drawn.periodTick}
          tickMargin={6}
          interval={m.interval}
          height={fontSize + 12}
        />
        {valueAxis(m.axisWidth, ticks, drawn.tickFormat, fontSize)}
        {series.map((s) => (
          <Bar
            key={s.key}
            name={s.label}
            dataKey={drawn.dataKey.get(s.key)}
            stackId="themes"
            fill={s.colour}
            shape={drawn.shape.get(s.key)}
            activeBar={false}
            isAnimationActive={false}
          >
            {/* The month's total above its column: the top series' labels, reading the row's total. */}
            {s === last && m.showValues && <LabelList valueAccessor={columnOf} content={drawn.columnText} />}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

/** A row as drawn: its column's label and, per series, the segment's name, colour and action. */
interface DrawnRow extends StackRow {
  column: string;
  segments: Record<string, { name: string; colour: string; hatched: boolean; select: (() => void) | undefined }>;
}
const columnOf = (e: { payload?: unknown }) => (e.payload as DrawnRow).column;
