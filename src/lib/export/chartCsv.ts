import { writeCsv } from '../../domain/formats/csvWriter';
import type { ChartData } from './types';

/** The rows a chart draws, as CSV with a header of the column labels (the app's one CSV writer). */
export function chartToCsv(data: ChartData): string {
  return writeCsv(
    data.columns.map((c) => c.label),
    data.rows.map((row) => data.columns.map((c) => row[c.key])),
  );
}
