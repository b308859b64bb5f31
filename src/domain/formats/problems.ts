import type { ActivityFile } from '../activity';
import type { Carried } from './carried';

/**
 * A problem found in an imported file or a form. The domain keeps codes and parameters; the words (in the
 * analyst's language) come from the import feature's locales, so one problem reads right in Spanish and English.
 *
 * Where it is:
 * - `row`: CSV only, the row as a spreadsheet shows it — the header is row 1, so the first record is row 2.
 * - `index`: JSON only, the record's position in `activities`, counted from 0 as in the file (`activities[2]`).
 * - `field`: the CSV column (`title_es`, `places`) or the JSON path (`title.es`, `places[0].lat`); for a list
 *   column of a CSV, `params.item` (from 1) and `params.part` say which item and which part of it.
 */
export interface Problem {
  file: string;
  row?: number;
  index?: number;
  id?: string;
  field: string;
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export const PROBLEM_CODES = [
  // whole file
  'file.empty',
  'file.tooLarge',
  'file.binary',
  'file.encoding',
  'file.kind',
  'file.notJson',
  'file.format',
  'file.version',
  'file.isBackup',
  'file.shape',
  'csv.parse',
  'csv.missingColumn',
  'csv.unknownColumn',
  'csv.duplicateColumn',
  'csv.cellCount',
  'csv.parts',
  // one record
  'record.notObject',
  'required',
  'type',
  'integer',
  'enum',
  'tooSmall',
  'tooBig',
  'unknownField',
  'url',
  'date.format',
  'date.invalid',
  'date.monthStart',
  'date.quarterStart',
  'endDate.required',
  'endDate.beforeStart',
  'endDate.onlyForRange',
  'text.empty',
  'slug.format',
  'country.format',
  'organization.format',
  'country.unknown',
  'theme.unknown',
  'type.unknown',
  'organization.unknown',
  'source.paragraph',
  'id.duplicate',
  'id.exists',
  'invalid',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const isProblemCode = (s: string): s is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(s);

/** Record id → the `updatedAt` its file gave; kept apart from the records, whose content is all a comparison sees. */
export type Stamps = ReadonlyMap<string, string>;

export type ParseResult =
  | {
      ok: true;
      records: ActivityFile[];
      /** JSON only: the analyst's entries and releases the file carries. */ carried?: Carried;
      /** The `updatedAt` the file gives, by record id; only when some record has one (see updatedAtSchema). */
      stamps?: Stamps;
    }
  | { ok: false; problems: Problem[] };

/**
 * The largest file the import accepts: 500 MB, over 300,000 real-size records in JSON (the app's own 100,000-record
 * export is about 150 MB). JSON is read as a stream (readActivitiesJson), so the limit is not the size of a string.
 */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

/** A value as shown inside a message: short, one line. */
export function shown(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (value === undefined) s = '';
  else {
    try {
      s = JSON.stringify(value) ?? typeof value;
    } catch {
      s = typeof value;
    }
  }
  s = s.replace(/[\r\n\t]+/g, ' ');
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
}
