import type { Filters } from '../../domain/filters';
import { chartToCsv } from './chartCsv';
import type { ExportContext } from './context';
import { downloadBlob, downloadText } from './download';
import { exportFileName } from './fileName';
import { findChartSvg, findLegend } from './findInDrawing';
import { svgToPng } from './png';
import { buildStandaloneSvg, type StandaloneSvg } from './standaloneSvg';
import type { ChartData, LegendItem } from './types';

export const CHART_FORMATS = ['png', 'png3', 'svg', 'csv'] as const;
export type ChartFormat = (typeof CHART_FORMATS)[number];

export interface ChartExportInput {
  chartId: string;
  drawing: HTMLElement;
  data: ChartData;
  /** A legend given by the chart; otherwise the HTML legend inside the drawing is read. */
  legend?: LegendItem[] | undefined;
  filters: Filters;
  context: ExportContext;
  now: Date;
}

/** The chart as a standalone SVG, or null when the figure holds no <svg> (nothing drawn yet). */
export function standaloneOf(input: Pick<ChartExportInput, 'drawing' | 'legend' | 'context'>): StandaloneSvg | null {
  const svg = findChartSvg(input.drawing);
  if (!svg) return null;
  return buildStandaloneSvg(svg, input.context, input.legend ?? findLegend(input.drawing));
}

/** Builds the chosen file and hands it to the browser as a download. Returns the file name. */
export async function exportChart(format: ChartFormat, input: ChartExportInput): Promise<string> {
  const name = (ext: string, suffix = '') => exportFileName(`${input.chartId}${suffix}`, input.filters, input.now, ext);
  if (format === 'csv') {
    const file = name('csv');
    downloadText(chartToCsv(input.data), file, 'text/csv;charset=utf-8');
    return file;
  }
  const svg = standaloneOf(input);
  if (!svg) throw new Error('This chart has no drawing to export.');
  if (format === 'svg') {
    const file = name('svg');
    downloadText(svg.markup, file, 'image/svg+xml;charset=utf-8');
    return file;
  }
  const scale = format === 'png3' ? 3 : 2;
  const file = name('png', scale === 3 ? '-3x' : '');
  downloadBlob(await svgToPng(svg, scale), file);
  return file;
}
