import type { ChartData } from './types';

/** Byte-order mark: without it Excel reads UTF-8 as the local code page and garbles accents ("MigraciÃ³n"). */
export const BOM = '\uFEFF';

// OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/;
// Quote when a spreadsheet could split or trim the cell: the separators of both Excel locales (, and ;), quotes,
// line breaks, and surrounding spaces.
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** One CSV cell: numbers as they are, text neutralised against formulas and quoted when needed (RFC 4180). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows a chart draws, as CSV with a header of the column labels, CRLF line ends and a BOM. */
export function chartToCsv(data: ChartData): string {
  const lines = [data.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of data.rows) lines.push(data.columns.map((c) => csvCell(row[c.key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
