import './charts.css';
import { DIFFERENCE_COLOURS } from '../palette';
import { BarButton } from './BarButton';
import { GRID, INK, MUTED } from './chartKeys';
import { textWidth } from '../../lib/textLayout';
import { barLayout, wrapLabel } from './layout';
import { useChartWidth } from './useChartWidth';

export interface DivergingRow {
  key: string;
  label: string;
  /** Signed: drawn right of the zero line when positive, left when negative. */
  value: number;
}

export interface DivergingBarsProps {
  rows: readonly DivergingRow[];
  /** The chart's accessible name (its figure title). */
  label: string;
  /** The accessible name of one bar, e.g. "Chile: 3 more in period A". */
  describe: (row: DivergingRow) => string;
  /** How a value is written at the end of its bar ("+3", "−2"). */
  format: (n: number) => string;
  /** The two directions in words, drawn as the legend (and read by exports through the data-legend marks). */
  legend: { up: string; down: string };
  rowHeight?: number;
  fontSize?: number;
}

/**
 * Horizontal bars either side of a zero line, for differences between two periods. Plain SVG rather than Recharts:
 * one rect and two texts per row need no scale machinery, and the labels' room is worked out by `barLayout` as the
 * other bar charts do. Values are written outside the bar's end, on its side of the line.
 */
export function DivergingBars({
  rows,
  label,
  describe,
  format,
  legend,
  rowHeight = 28,
  fontSize = 13,
}: DivergingBarsProps) {
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const values = rows.map((r) => format(r.value));
  const layout = barLayout(
    rows.map((r) => r.label),
    values,
    width,
    fontSize,
    rowHeight,
  );
  // Values are drawn bold, 6 px from the bar's end, on either side of the zero line.
  const room = Math.ceil(Math.max(0, ...values.map((v) => textWidth(v, fontSize, true))) + 12);
  const plot = Math.max(40, width - layout.labelWidth - 2 * room);
  const zero = layout.labelWidth + room + plot / 2;
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.value)));
  const scale = plot / 2 / max;
  const entries = [
    { key: 'up', text: legend.up, colour: DIFFERENCE_COLOURS.up },
    { key: 'down', text: legend.down, colour: DIFFERENCE_COLOURS.down },
  ];
  return (
    <div ref={ref} className="chart-canvas">
      <ul className="chart-legend">
        {entries.map((e) => (
          <li key={e.key}>
            <span
              className="chart-legend-entry chart-legend-static"
              data-legend-label={e.text}
              data-legend-color={e.colour}
            >
              <span className="chart-legend-swatch" style={{ background: e.colour }} aria-hidden="true" />
              {e.text}
            </span>
          </li>
        ))}
      </ul>
      <svg width={width} height={layout.height} role="img" aria-label={label} style={{ fontSize }}>
        <line x1={zero} x2={zero} y1={0} y2={layout.height} stroke={GRID} />
        {rows.map((r, i) => {
          const y = i * layout.rowHeight + 2;
          const centre = y + layout.rowHeight / 2;
          const length = Math.max(2, Math.abs(r.value) * scale);
          const up = r.value >= 0;
          const lines = wrapLabel(r.label, layout.labelMax, fontSize);
          return (
            <BarButton key={r.key} name={describe(r)} hit={{ x: 0, y, width, height: layout.rowHeight }}>
              <text x={layout.labelWidth - 8} y={centre} textAnchor="end" fill={INK} fontSize={fontSize}>
                {lines.map((line, k) => (
                  <tspan
                    key={k}
                    x={layout.labelWidth - 8}
                    dy={k === 0 ? `${0.35 - (lines.length - 1) * 0.6}em` : '1.2em'}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                className="chart-bar"
                x={up ? zero : zero - length}
                y={y + layout.rowHeight * 0.18}
                width={length}
                height={layout.rowHeight * 0.64}
                rx={2}
                fill={up ? DIFFERENCE_COLOURS.up : DIFFERENCE_COLOURS.down}
              />
              <text
                x={up ? zero + length + 6 : zero - length - 6}
                y={centre}
                dy="0.355em"
                textAnchor={up ? 'start' : 'end'}
                fill={MUTED}
                fontSize={fontSize}
                fontWeight={600}
              >
                {values[i]}
              </text>
            </BarButton>
          );
        })}
      </svg>
    </div>
  );
}
