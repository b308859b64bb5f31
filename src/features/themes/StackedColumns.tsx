import '../../ui/charts/charts.css';
import { activateOnKey, GRID, INK, MUTED } from '../../ui/charts/chartKeys';
import { labelStep, legendLayout, niceMax, textWidth, ticks } from '../../ui/charts/layout';
import { useChartWidth } from '../../ui/charts/useChartWidth';

export interface Series {
  key: string;
  label: string;
  colour: string;
  total: number;
  /** Clickable series set a filter; the grouped "other" series is not. */
  selectable: boolean;
  selected: boolean;
}

export interface StackRow {
  key: string;
  label: string;
  values: Record<string, number>;
  total: number;
}

interface Props {
  series: readonly Series[];
  rows: readonly StackRow[];
  label: string;
  legendName: (s: Series) => string;
  segmentName: (row: StackRow, s: Series, value: number) => string;
  onSelect: (seriesKey: string) => void;
  height?: number;
  fontSize?: number;
}

/**
 * Columns per month stacked by theme. The legend, drawn inside the SVG so exports carry it, is the keyboard path:
 * each entry is a button toggling its theme. Segments answer the mouse and are listed for screen readers, but
 * are not tab stops (a year of months × eight themes would be hundreds).
 */
export function StackedColumns({
  series,
  rows,
  label,
  legendName,
  segmentName,
  onSelect,
  height = 260,
  fontSize = 12,
}: Props) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const legend = legendLayout(
    series.map((s) => s.label),
    width,
    fontSize,
  );
  const top = niceMax(Math.max(0, ...rows.map((r) => r.total)));
  const left = Math.max(24, textWidth(String(top), fontSize) + 10);
  const y0 = legend.height + 14;
  const bottom = fontSize + 12;
  // Room on the right for half of the last month's label, which is centred on its column.
  const lastLabel = textWidth(rows[rows.length - 1]?.label ?? '', fontSize);
  const right = Math.max(8, lastLabel / 2 - (width - left) / Math.max(1, rows.length) / 2 + 4);
  const plotW = Math.max(40, width - left - right);
  const plotH = height - bottom;
  const slot = plotW / Math.max(1, rows.length);
  const barW = Math.min(80, slot * 0.6);
  const step = labelStep(rows.length, slot, Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize))));
  const yOf = (v: number) => y0 + plotH - (v / top) * plotH;
  return (
    <div ref={ref} className="chart-canvas">
      <svg
        width={width}
        height={y0 + plotH + bottom}
        role="group"
        aria-label={label}
        fontSize={fontSize}
        xmlns="http://www.w3.org/2000/svg"
      >
        {series.map((s, i) => {
          const p = legend.positions[i] ?? { x: 0, y: 0 };
          const body = (
            <>
              <rect
                x={p.x - 2}
                y={p.y}
                width={textWidth(s.label, fontSize) + 22}
                height={fontSize + 8}
                fill="transparent"
              />
              <rect
                x={p.x}
                y={p.y + 4}
                width={12}
                height={12}
                fill={s.colour}
                stroke={s.selected ? INK : 'none'}
                strokeWidth={2}
              />
              <text x={p.x + 18} y={p.y + 10} dy="0.35em" fill={INK} fontWeight={s.selected ? 700 : 400}>
                {s.label}
              </text>
            </>
          );
          return s.selectable ? (
            <g
              key={s.key}
              role="button"
              tabIndex={0}
              aria-pressed={s.selected}
              aria-label={legendName(s)}
              className="chart-hit"
              onClick={() => onSelect(s.key)}
              onKeyDown={activateOnKey(() => onSelect(s.key))}
            >
              {body}
            </g>
          ) : (
            <g key={s.key}>{body}</g>
          );
        })}
        {ticks(top).map((t) => (
          <g key={t}>
            <line x1={left} x2={left + plotW} y1={yOf(t)} y2={yOf(t)} stroke={GRID} />
            <text x={left - 6} y={yOf(t)} dy="0.35em" textAnchor="end" fill={MUTED}>
              {t}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = left + i * slot + (slot - barW) / 2;
          let acc = 0;
          return (
            <g key={r.key}>
              {series.map((s) => {
                const v = r.values[s.key] ?? 0;
                if (v === 0) return null;
                const y = yOf(acc + v);
                acc += v;
                const name = segmentName(r, s, v);
                const rect = (
                  <rect
                    x={x}
                    y={y}
                    width={barW}
                    height={(v / top) * plotH}
                    fill={s.colour}
                    stroke="#fff"
                    strokeWidth={0.75}
                  >
                    <title>{name}</title>
                  </rect>
                );
                return s.selectable ? (
                  <g
                    key={s.key}
                    role="button"
                    tabIndex={-1}
                    aria-label={name}
                    className="chart-hit"
                    onClick={() => onSelect(s.key)}
                    onKeyDown={activateOnKey(() => onSelect(s.key))}
                  >
                    {rect}
                  </g>
                ) : (
                  <g key={s.key}>{rect}</g>
                );
              })}
              {i % step === 0 && (
                <text x={left + i * slot + slot / 2} y={y0 + plotH + fontSize + 4} textAnchor="middle" fill={MUTED}>
                  {r.label}
                </text>
              )}
            </g>
          );
        })}
        <line x1={left} x2={left + plotW} y1={y0 + plotH} y2={y0 + plotH} stroke={INK} />
      </svg>
    </div>
  );
}
