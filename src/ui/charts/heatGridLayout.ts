import { textWidth } from '../../lib/textLayout';

/**
 * The geometry of a heat grid (HeatGrid): label column, slanted column heads, cell size. Pure, so the sizes are
 * testable without a DOM. Column labels are cut at 190 px and slanted by ANGLE; cells stay between 34 and 96 px wide.
 */
export const ANGLE = 35;
export const CELL_H = 34;

export interface HeatGridLayout {
  labelW: number;
  colLabelMax: number;
  headH: number;
  cellW: number;
  cellH: number;
  svgW: number;
  svgH: number;
}

export function heatGridLayout(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  width: number,
  fontSize: number,
): HeatGridLayout {
  const labelW = Math.min(Math.max(...rowLabels.map((l) => textWidth(l, fontSize)), 60) + 14, Math.round(width * 0.3));
  const longestCol = Math.max(0, ...colLabels.map((l) => textWidth(l, fontSize)));
  const colLabelMax = Math.min(longestCol, 190);
  const rad = (ANGLE * Math.PI) / 180;
  const headH = Math.ceil(colLabelMax * Math.sin(rad)) + 16;
  const overhang = colLabelMax * Math.cos(rad);
  const cellW = Math.max(34, Math.min(96, (width - labelW - overhang * 0.6) / Math.max(1, colLabels.length)));
  const svgW = Math.max(width, labelW + colLabels.length * cellW + overhang);
  const svgH = headH + rowLabels.length * CELL_H + 2;
  return { labelW, colLabelMax, headH, cellW, cellH: CELL_H, svgW, svgH };
}

export interface Cell {
  row: number;
  col: number;
}

/**
 * Arrow-key movement between the matrix's non-empty cells (one tab stop for the whole grid): left/right go to the
 * previous/next cell in reading order, up/down to the nearest cell in the closest row above/below.
 */
export function neighbour(cells: readonly Cell[], current: Cell, key: string): Cell | null {
  const i = cells.findIndex((c) => c.row === current.row && c.col === current.col);
  if (key === 'ArrowRight') return cells[i + 1] ?? null;
  if (key === 'ArrowLeft') return i > 0 ? (cells[i - 1] ?? null) : null;
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const down = key === 'ArrowDown';
  const candidates = cells.filter((c) => (down ? c.row > current.row : c.row < current.row));
  if (candidates.length === 0) return null;
  const row = down ? Math.min(...candidates.map((c) => c.row)) : Math.max(...candidates.map((c) => c.row));
  return (
    candidates
      .filter((c) => c.row === row)
      .sort((a, b) => Math.abs(a.col - current.col) - Math.abs(b.col - current.col) || a.col - b.col)[0] ?? null
  );
}
