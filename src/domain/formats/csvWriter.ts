import Papa from 'papaparse';
import { GUARDED } from './csvCells';

/** Byte-order mark: without it Excel reads UTF-8 as the local code page and garbles accents ("MigraciÃ³n"). */
export const BOM = '\uFEFF';

export type CsvValue = string | number | null | undefined;

// Papaparse quotes cells with the delimiter, quotes, line breaks or a leading/trailing space. A spreadsheet in a
// locale whose separator is `;` would also split on a semicolon, and trims tabs at either end: quote those too.
const SPLIT_OR_TRIMMED = /;|^\s|\s$/;

/**
 * The one CSV writer of the app (records and chart data): papaparse's `unparse` with a header row, CRLF line ends,
 * a BOM, and formula-like text cells guarded with a leading `'` (OWASP "CSV injection"; the guard is the reversible
 * one of csvCells.ts, so the import reads the cell back unchanged). Numbers are written as they are (a negative
 * count is not a formula); a number that is not finite, null or undefined is an empty cell.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map((row) =>
    header.map((_, i) => {
      const v = row[i];
      if (typeof v === 'number') return Number.isFinite(v) ? v : '';
      return v ?? '';
    }),
  );
  const body = Papa.unparse(
    { fields: [...header], data },
    {
      newline: '\r\n',
      escapeFormulae: GUARDED,
      quotes: (value: unknown) => typeof value === 'string' && SPLIT_OR_TRIMMED.test(value),
    },
  );
  return `${BOM}${body}\r\n`;
}
