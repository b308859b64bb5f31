import type { Activity } from '../../domain/activity';
import {
  OTHER,
  lead,
  totalOf,
  type KeyCount,
  type Lead,
  type Matrix,
  type MonthThemeTable,
} from '../../domain/aggregate';
import { sortedCounts } from '../../domain/facets';
import type { Filters } from '../../domain/filters';
import { matrixOf, monthThemeTableOf, tallyThemes } from '../../domain/themeTallies';

/**
 * What the themes page draws, derived from the filtered activities in one place so the components only draw.
 * Labels are added by the components (they depend on the language); here everything is keyed by id.
 */
export interface FacetModel {
  rows: KeyCount[];
  lead: Lead | null;
  /** Sum of the bars: above `activities` when activities carry several values. */
  sum: number;
  activities: number;
}

export interface ThemesModel {
  byTheme: FacetModel;
  byType: FacetModel;
  byMonth: MonthThemeTable;
  matrix: Matrix;
}

function facetModel(counts: Map<string, number>, activities: number): FacetModel {
  const rows = sortedCounts(counts);
  return { rows, lead: lead(rows), sum: totalOf(rows), activities };
}

export function themesModel(activities: readonly Activity[]): ThemesModel {
  const t = tallyThemes(activities);
  return {
    byTheme: facetModel(t.themes, t.activities),
    byType: facetModel(t.types, t.activities),
    byMonth: monthThemeTableOf(t),
    matrix: matrixOf(t),
  };
}

/** Clicking a matrix cell means "only this country and this theme"; clicking it again lifts both. */
export function cellPatch(
  f: Pick<Filters, 'country' | 'theme'>,
  country: string,
  theme: string,
): Pick<Filters, 'country' | 'theme'> {
  const only = f.country.length === 1 && f.country[0] === country && f.theme.length === 1 && f.theme[0] === theme;
  return only ? { country: [], theme: [] } : { country: [country], theme: [theme] };
}

export const isOther = (key: string) => key === OTHER;

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
