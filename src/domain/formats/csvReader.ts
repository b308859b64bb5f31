import Papa from 'papaparse';
import { shown, type ParseResult, type Problem } from './problems';
import { decodeList, numberCell, unguardCell } from './csvCells';
import { CSV_COLUMNS, csvField, OPTIONAL_COLUMNS, PARTS, type CsvColumn } from './csv';
import { createValidator, PROGRESS_STEP } from './validate';
import type { ParseOptions } from './json';

/**
 * Reading a CSV activities file (the columns and the writer are in csv.ts): each row's cells become a candidate
 * record, checked by the same validator as JSON.
 */

type Cell = (c: CsvColumn) => string | undefined;
type ListColumn = 'places' | 'actors' | 'additional_sources';

/** A list column's items split into parts, reporting each item with the wrong number of parts. */
function listOf(cell: Cell, col: ListColumn, partProblem: (col: string, item: number) => void): string[][] {
  const items = decodeList(cell(col) ?? '');
  for (let i = 0; i < items.length; i++) if (items[i]!.length !== PARTS[col].length) partProblem(col, i + 1);
  return items;
}

/** A code list (countries, themes, organisations): `CL;AR`. */
function codesOf(cell: Cell, col: CsvColumn): string[] {
  const text = cell(col) ?? '';
  // Codes hold no `|` or `\`; when a cell does, the item is read back whole (as it was written) and checked.
  if (!text.includes('|') && !text.includes('\\')) return text === '' ? [] : text.split(';').map((x) => x.trim());
  return decodeList(text).map((parts) => parts.join('|').trim());
}

/** The record a row describes, as far as its cells go: the schema then says what is wrong with it. */
function candidateOf(cell: Cell, partProblem: (col: string, item: number) => void) {
  const endDate = cell('end_date');
  const updatedAt = cell('updated_at');
  return {
    id: cell('id'),
    date: cell('date'),
    datePrecision: cell('date_precision'),
    ...(endDate !== undefined && endDate !== '' && { endDate }),
    status: cell('status'),
    type: cell('type'),
    title: { es: cell('title_es'), en: cell('title_en') },
    summary: { es: cell('summary_es'), en: cell('summary_en') },
    countries: codesOf(cell, 'countries'),
    themes: codesOf(cell, 'themes'),
    organizations: codesOf(cell, 'organizations'),
    places: listOf(cell, 'places', partProblem).map(([name, country, lat, lon]) => ({
      name,
      country,
      lat: numberCell(lat),
      lon: numberCell(lon),
    })),
    actors: listOf(cell, 'actors', partProblem).map(([name, es, en, country]) => ({ name, role: { es, en }, country })),
    source: { id: cell('source_id'), paragraph: numberCell(cell('source_paragraph')) },
    additionalSources: listOf(cell, 'additional_sources', partProblem).map(([url, publisher, date, es, en]) => ({
      url,
      publisher,
      date,
      supports: { es, en },
    })),
    ...(updatedAt !== undefined && updatedAt !== '' && { updatedAt }),
  };
}

const fileProblem = (file: string, code: Problem['code'], params?: Problem['params'], field = '(file)'): Problem => ({
  file,
  field,
  code,
  ...(params && { params }),
});

/** Reads the header: every problem with it is reported, since a wrong header makes every row wrong. */
function readHeader(file: string, header: readonly string[]) {
  const names = header.map((h) => h.trim().toLowerCase());
  const problems: Problem[] = [];
  const seen = new Set<string>();
  names.forEach((n) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(n))
      problems.push(fileProblem(file, 'csv.unknownColumn', { value: shown(n) }, n || '(empty)'));
    else if (seen.has(n)) problems.push(fileProblem(file, 'csv.duplicateColumn', { value: n }, n));
    seen.add(n);
  });
  for (const c of CSV_COLUMNS)
    if (!seen.has(c) && !OPTIONAL_COLUMNS.includes(c)) problems.push(fileProblem(file, 'csv.missingColumn', {}, c));
  return { names, problems };
}

/** A CSV activities file read piece by piece (see readActivitiesCsv). */
export interface CsvActivitiesReader {
  /** The next piece of the file's text (a piece may end anywhere, inside a row or a quoted cell). */
  write(text: string): void;
  /** The file is all read: the result. */
  end(): ParseResult;
  /** Records read so far. */
  readonly records: number;
}

/**
 * Reads a CSV activities file with papaparse (quotes, line breaks inside quotes, CRLF, a BOM). Rows are named as
 * a spreadsheet shows them: the header is row 1, the first record row 2.
 *
 * Each row is turned into a record and checked as soon as papaparse has read it. The text is given piece by piece:
 * papaparse reads it through its stream input (a readable it listens to, the pieces sent as they come), so a large
 * file is never one string; at 100,000 rows the rows' cells also stay short-lived, which halves the garbage
 * collector's work.
 */
export function readActivitiesCsv(fileName: string, options: ParseOptions = {}, totalChars = 0): CsvActivitiesReader {
  const parseProblems: Problem[] = [];
  let head = null as ReturnType<typeof readHeader> | null; // set by the first step
  // Where each column sits in this file's header (columns may come in any order).
  const at: Partial<Record<string, number>> = {};
  const rowProblems: Problem[] = [];
  const validator = createValidator({ file: fileName, locate: (i) => ({ row: i + 2 }), fieldOf: csvField, ...options });
  let index = -1; // -1: the header; then each record row from 0
  let checked = 0;
  let written = 0;
  let seen = false; // a character that is not white space
  let binary = false;
  let first = true;
  let lineEnded = false;
  let start = ''; // the text before the first line break

  const onRow = (cells: string[], i: number) => {
    const row = i + 2;
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    const width = head!.names.length;
    if (cells.length !== width) {
      rowProblems.push({
        file: fileName,
        row,
        field: '(row)',
        code: 'csv.cellCount',
        params: { expected: width, value: cells.length },
      });
      return;
    }
    const cell = (c: CsvColumn) => {
      const j = at[c];
      return j === undefined ? undefined : unguardCell(cells[j] ?? '');
    };
    const id = cell('id');
    const candidate = candidateOf(cell, (col, item) =>
      rowProblems.push({
        file: fileName,
        row,
        ...(id && { id }),
        field: col,
        code: 'csv.parts',
        params: { item, expected: PARTS[col as keyof typeof PARTS].join('|') },
      }),
    );
    validator.add(candidate, i);
    checked++;
  };

  // Papaparse's stream input: anything readable with `read` and `on` (a Node stream, or this).
  const listeners: Partial<Record<'data' | 'end' | 'error', (x?: unknown) => void>> = {};
  const source = {
    readable: true,
    read: () => null,
    on: (event: 'data' | 'end' | 'error', fn: (x?: unknown) => void) => {
      listeners[event] = fn;
    },
    removeListener: () => {},
    pause: () => {},
    resume: () => {},
  };
  // Started once the header's line break is known (papaparse would guess it from its first piece, and a piece that
  // ends inside a quoted cell holding line breaks can mislead that guess).
  const startParser = (newline: '\r\n' | '\n' | '\r') =>
    Papa.parse<string[]>(source as unknown as NodeJS.ReadableStream, {
      delimiter: ',',
      newline,
      skipEmptyLines: false,
      step: (result) => {
        for (const e of result.errors)
          parseProblems.push({
            file: fileName,
            row: index + 2,
            field: '(file)',
            code: 'csv.parse',
            params: { detail: e.code },
          });
        if (index === -1) {
          head = readHeader(fileName, result.data);
          head.names.forEach((n, j) => (at[n] = j));
        } else if (head!.problems.length === 0 && parseProblems.length === 0) onRow(result.data, index);
        index++;
        if (index % PROGRESS_STEP === 0)
          options.onProgress?.({ done: result.meta.cursor, total: Math.max(totalChars, written), records: checked });
      },
    });
  const lineBreak = (text: string) => (/\r\n/.test(text) ? '\r\n' : /\r/.test(text) && !/\n/.test(text) ? '\r' : '\n');

  return {
    get records() {
      return checked;
    },
    write(piece) {
      if (binary) return;
      let text = piece;
      if (first && text !== '') {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      if (text.includes('\u0000')) {
        binary = true;
        return;
      }
      seen ||= /\S/.test(text);
      written += text.length;
      // Papaparse tells "\n" from "\r\n" by the first piece it gets: it gets none before the first line ends.
      if (!lineEnded) {
        start += text;
        if (!/[\r\n]/.test(start.slice(0, -1)) && !/\n/.test(start)) return;
        lineEnded = true;
        // The header (column names, no quotes) ends at the first line break.
        startParser(lineBreak(/^[^\r\n]*(\r\n|\r|\n)/.exec(start)?.[1] ?? '\n'));
        text = start;
        start = '';
      }
      if (text !== '') listeners.data?.(text);
    },
    end() {
      if (binary) return { ok: false, problems: [fileProblem(fileName, 'file.binary')] };
      if (!seen) return { ok: false, problems: [fileProblem(fileName, 'file.empty')] };
      if (!lineEnded) startParser('\n'); // one line, no line break
      if (start !== '') listeners.data?.(start);
      listeners.end?.();
      options.onProgress?.({ done: written, total: Math.max(totalChars, written), records: checked });
      // A file papaparse cannot read, or a wrong header, makes every row wrong: those problems alone are reported.
      const fileProblems = [...parseProblems, ...(head?.problems ?? [])];
      if (fileProblems.length > 0) return { ok: false, problems: fileProblems };
      const problems = [...rowProblems, ...validator.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
      if (problems.length > 0) return { ok: false, problems };
      return { ok: true, records: validator.records, ...(validator.stamps.size > 0 && { stamps: validator.stamps }) };
    },
  };
}

/** Reads a whole CSV activities file (see readActivitiesCsv). */
export function parseActivitiesCsv(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const reader = readActivitiesCsv(fileName, options, text.length);
  reader.write(text);
  return reader.end();
}
