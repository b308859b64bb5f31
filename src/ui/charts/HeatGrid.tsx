import { useRef, useState, type KeyboardEvent } from 'react';
import './charts.css';
import { useLang } from '../../lib/useLang';
import { formatNumber } from './captions';
import { INK, MUTED } from './chartKeys';
import { fitText } from './layout';
import { useChartWidth } from './useChartWidth';
import { SEQUENTIAL, sequential } from '../palette';
import { ANGLE, heatGridLayout, neighbour, type Cell } from './heatGridLayout';

export interface GridAxis {
  key: string;
  label: string;
  selected: boolean;
}

interface Props {
  rows: readonly GridAxis[];
  cols: readonly GridAxis[];
  value: (row: string, col: string) => number;
  max: number;
  label: string;
  cellName: (row: GridAxis, col: GridAxis, n: number) => string;
  onSelect: (row: string, col: string) => void;
  fontSize?: number;
}

const DARK = new Set<string>([SEQUENTIAL[4], SEQUENTIAL[5]]);

/**
 * A heat grid with the count written in each cell. Non-empty cells are buttons; the grid is one tab stop and the
 * arrow keys move between its cells (roving tabindex), so a large matrix does not trap keyboard users.
 */
export function HeatGrid({ rows, cols, value, max, label, cellName, onSelect, fontSize = 12 }: Props) {
  const { locale } = useLang();
  const [ref, width] = useChartWidth<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const cells: Cell[] = [];
  rows.forEach((r, ri) => cols.forEach((c, ci) => value(r.key, c.key) > 0 && cells.push({ row: ri, col: ci })));
  const [active, setActive] = useState<Cell | null>(null);
  const current = cells.find((c) => c.row === active?.row && c.col === active.col) ?? cells[0] ?? null;

  const { labelW, colLabelMax, headH, cellW, cellH, svgW, svgH } = heatGridLayout(
    rows.map((r) => r.label),
    cols.map((c) => c.label),
    width,
    fontSize,
  );

  const move = (e: KeyboardEvent, cell: Cell) => {
    const next = neighbour(cells, cell, e.key);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    svgRef.current?.querySelector<SVGGElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  return (
    <div ref={ref} className="chart-canvas chart-scroll">
      <svg
        ref={svgRef}
        width={svgW}
        height={svgH}
        role="group"
        aria-label={label}
        fontSize={fontSize}
        xmlns="http://www.w3.org/2000/svg"
      >
        {/* Each <title> sits beside its <text>, not inside: some SVG renderers then misplace the line. */}
        {cols.map((c, ci) => (
          <g key={c.key}>
            <title>{c.label}</title>
            <text
              transform={`translate(${labelW + ci * cellW + cellW / 2 - 4},${headH - 6}) rotate(-${ANGLE})`}
              fill={c.selected ? INK : MUTED}
              fontWeight={c.selected ? 700 : 400}
            >
              {fitText(c.label, colLabelMax, fontSize)}
            </text>
          </g>
        ))}
        {rows.map((r, ri) => (
          <g key={r.key}>
            <title>{r.label}</title>
            <text
              x={labelW - 8}
              y={headH + ri * cellH + cellH / 2}
              dy="0.35em"
              textAnchor="end"
              fill={INK}
              fontWeight={r.selected ? 700 : 400}
            >
              {fitText(r.label, labelW - 12, fontSize)}
            </text>
            {cols.map((c, ci) => {
              const n = value(r.key, c.key);
              const x = labelW + ci * cellW;
              const y = headH + ri * cellH;
              const fill = sequential(n, max);
              const selected = r.selected && c.selected;
              const rect = (
                <rect
                  x={x + 1}
                  y={y + 1}
                  width={cellW - 2}
                  height={cellH - 2}
                  fill={fill}
                  stroke={selected ? INK : 'none'}
                  strokeWidth={2}
                />
              );
              if (n === 0) return <g key={c.key}>{rect}</g>;
              const cell = { row: ri, col: ci };
              const name = cellName(r, c, n);
              return (
                <g
                  key={c.key}
                  role="button"
                  data-cell={`${ri}-${ci}`}
                  tabIndex={current?.row === ri && current.col === ci ? 0 : -1}
                  aria-pressed={selected}
                  aria-label={name}
                  className="chart-hit"
                  onClick={() => (setActive(cell), onSelect(r.key, c.key))}
                  onFocus={() => setActive(cell)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onSelect(r.key, c.key);
                    } else move(e, cell);
                  }}
                >
                  <title>{name}</title>
                  {rect}
                  <text
                    x={x + cellW / 2}
                    y={y + cellH / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fontWeight={600}
                    fill={DARK.has(fill) ? '#fff' : INK}
                  >
                    {formatNumber(n, locale)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </div>
  );
}
