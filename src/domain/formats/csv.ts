import Papa from 'papaparse';
import type { ActivityFile } from '../activity';
import { shown, type ParseResult, type Problem } from './problems';
import { decodeList, encodeList, guardCell, numberCell, quoteCell, unguardCell } from './csvCells';
import { createValidator, PROGRESS_STEP, type FieldName } from './validate';
import type { ParseOptions } from './json';

/** The contract's columns, then `status` and `additional_sources`, so every field of a record round-trips. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'end_date',
  'type',
  'title_es',
  'title_en',
  'summary_es',
  'summary_en',
  'countries',
  'themes',
  'organizations',
  'places',
  'actors',
  'source_id',
  'source_paragraph',
  'status',
  'additional_sources',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns a file may leave out: a file without additional sources simply has none. */
const OPTIONAL_COLUMNS: readonly CsvColumn[] = ['additional_sources'];

const PARTS = {
  places: ['name', 'country', 'lat', 'lon'],
  actors: ['name', 'role_es', 'role_en', 'country'],
  additional_sources: ['url', 'publisher', 'date', 'supports_es', 'supports_en'],
} as const;

function toRow(a: ActivityFile): Record<CsvColumn, string> {
  const codes = (xs: readonly string[]) => encodeList(xs.map((x) => [x]));
  return {
    id: a.id,
    date: a.date,
    date_precision: a.datePrecision,
    end_date: a.endDate ?? '',
    type: a.type,
    title_es: a.title.es,
    title_en: a.title.en,
    summary_es: a.summary.es,
    summary_en: a.summary.en,
    countries: codes(a.countries),
    themes: codes(a.themes),
    organizations: codes(a.organizations),
    places: encodeList(a.places.map((p) => [p.name, p.country, String(p.lat), String(p.lon)])),
    actors: encodeList(a.actors.map((p) => [p.name, p.role.es, p.role.en, p.country])),
    source_id: a.source.id,
    source_paragraph: String(a.source.paragraph),
    status: a.status,
    additional_sources: encodeList(
      a.additionalSources.map((s) => [s.url, s.publisher, s.date, s.supports.es, s.supports.en]),
    ),
  };
}

/** UTF-8 with a BOM (so Excel reads accents right), a header row, CRLF line ends, formula-like cells guarded. */
export function activitiesToCsv(records: readonly ActivityFile[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const a of records) {
    const row = toRow(a);
    lines.push(CSV_COLUMNS.map((c) => quoteCell(guardCell(row[c]))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const CAMEL: Partial<Record<string, CsvColumn>> = {
  datePrecision: 'date_precision',
  endDate: 'end_date',
  additionalSources: 'additional_sources',
};

/** Names a path inside a record by its CSV column, plus the item (from 1) and part for list columns. */
export function csvField(path: readonly PropertyKey[]): FieldName {
  const [head, second, ...rest] = path.map(String);
  if (head === undefined) return { field: '(record)' };
  if (head === 'title' || head === 'summary' || head === 'source')
    return { field: second === undefined ? head : `${head}_${second === 'paragraph' ? 'paragraph' : second}` };
  const field = CAMEL[head] ?? head;
  if (second === undefined) return { field };
  const part = rest.join('_');
  return { field, params: { item: Number(second) + 1, ...(part && { part }) } };
}

function candidateOf(cell: (c: CsvColumn) => string | undefined, partProblem: (col: string, item: number) => void) {
  const list = (col: 'places' | 'actors' | 'additional_sources') =>
    decodeList(cell(col) ?? '').map((parts, i) => {
      if (parts.length !== PARTS[col].length) partProblem(col, i + 1);
      return parts;
    });
  const codes = (col: CsvColumn) => decodeList(cell(col) ?? '').map((parts) => parts.join('|').trim());
  const endDate = cell('end_date');
  return {
    id: cell('id'),
    date: cell('date'),
    datePrecision: cell('date_precision'),
    ...(endDate !== undefined && endDate !== '' && { endDate }),
    status: cell('status'),
    type: cell('type'),
    title: { es: cell('title_es'), en: cell('title_en') },
    summary: { es: cell('summary_es'), en: cell('summary_en') },
    countries: codes('countries'),
    themes: codes('themes'),
    organizations: codes('organizations'),
    places: list('places').map(([name, country, lat, lon]) => ({
      name,
      country,
      lat: numberCell(lat),
      lon: numberCell(lon),
    })),
    actors: list('actors').map(([name, es, en, country]) => ({ name, role: { es, en }, country })),
    source: { id: cell('source_id'), paragraph: numberCell(cell('source_paragraph')) },
    additionalSources: list('additional_sources').map(([url, publisher, date, es, en]) => ({
      url,
      publisher,
      date,
      supports: { es, en },
    })),
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

/**
 * Reads a CSV activities file with papaparse (quotes, line breaks inside quotes, CRLF, a BOM). Rows are named as
 * a spreadsheet shows them: the header is row 1, the first record row 2.
 */
export function parseActivitiesCsv(text: string, fileName: string, options: ParseOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [fileProblem(fileName, 'file.empty')] };
  if (body.includes('\u0000')) return { ok: false, problems: [fileProblem(fileName, 'file.binary')] };
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', skipEmptyLines: false });
  const problems: Problem[] = parsed.errors.map((e) => ({
    file: fileName,
    ...(e.row !== undefined && { row: e.row + 1 }),
    field: '(file)',
    code: 'csv.parse',
    params: { detail: e.code },
  }));
  const [header = [], ...rows] = parsed.data;
  const head = readHeader(fileName, header);
  problems.push(...head.problems);
  if (problems.length > 0) return { ok: false, problems };

  // Where each column sits in this file's header (columns may come in any order).
  const at = new Map(head.names.map((n, j) => [n, j]));
  const validator = createValidator({ file: fileName, locate: (i) => ({ row: i + 2 }), fieldOf: csvField, ...options });
  const total = rows.length;
  rows.forEach((cells, i) => {
    const row = i + 2;
    if ((i + 1) % PROGRESS_STEP === 0 || i + 1 === total) options.onProgress?.(i + 1, total);
    if (cells.length === 1 && cells[0] === '') return; // a blank line
    if (cells.length !== head.names.length) {
      problems.push({
        file: fileName,
        row,
        field: '(row)',
        code: 'csv.cellCount',
        params: { expected: head.names.length, value: cells.length },
      });
      return;
    }
    const cell = (c: CsvColumn) => {
      const j = at.get(c);
      return j === undefined ? undefined : unguardCell(cells[j] ?? '');
    };
    const id = cell('id');
    const candidate = candidateOf(cell, (col, item) =>
      problems.push({
        file: fileName,
        row,
        ...(id && { id }),
        field: col,
        code: 'csv.parts',
        params: { item, expected: PARTS[col as keyof typeof PARTS].join('|') },
      }),
    );
    validator.add(candidate, i);
  });
  problems.push(...validator.problems);
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, records: validator.records };
}
