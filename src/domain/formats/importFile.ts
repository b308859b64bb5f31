import { parseActivitiesCsv } from './csv';
import { parseActivitiesJson, type ParseOptions } from './json';
import { MAX_FILE_BYTES, type ParseResult, type Problem } from './problems';

export type FileKind = 'json' | 'csv';

/** By extension first; a file without one is sniffed (a JSON document starts with `{` or `[`). */
export function kindOf(fileName: string, text: string): FileKind | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext) return null;
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

const fail = (file: string, code: Problem['code'], params?: Problem['params']): ParseResult => ({
  ok: false,
  problems: [{ file, field: '(file)', code, ...(params && { params }) }],
});

export function tooLarge(fileName: string, bytes: number): ParseResult {
  return fail(fileName, 'file.tooLarge', {
    // Rounded up, so a file just over the limit never reads as "50 MB; the limit is 50 MB".
    size: Math.ceil((bytes / 1024 / 1024) * 10) / 10,
    limit: MAX_FILE_BYTES / 1024 / 1024,
  });
}

/**
 * The whole reading of one imported file, from its bytes: size limit, UTF-8 (strictly: a byte that is not UTF-8
 * means the file is binary or in another encoding, and guessing would corrupt accents), format, records.
 */
export function parseImportBytes(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParseResult {
  if (bytes.byteLength > MAX_FILE_BYTES) return tooLarge(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) return fail(fileName, 'file.empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(fileName, bytes.includes(0) ? 'file.binary' : 'file.encoding');
  }
  const kind = kindOf(fileName, text);
  if (kind === null) return fail(fileName, 'file.kind', { value: fileName.replace(/^.*\./, '.') });
  return kind === 'json' ? parseActivitiesJson(text, fileName, options) : parseActivitiesCsv(text, fileName, options);
}
