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
