/** What a chart draws, as a table: shown on demand under the chart and exported as its CSV. */
export interface ChartColumn {
  key: string;
  label: string;
}

export interface ChartData {
  columns: ChartColumn[];
  rows: Record<string, string | number>[];
}

/** One entry of a chart's legend, redrawn inside exported images (Recharts legends are HTML, not SVG). */
export interface LegendItem {
  label: string;
  color: string;
  /** Drawn as stripes of `color` on `background` (white by default): a "may fall in it" series of a time chart. */
  hatched?: boolean;
  background?: string;
}
