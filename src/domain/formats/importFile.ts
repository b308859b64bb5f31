import { MAX_FILE_BYTES, type ParseResult, type Problem } from './problems';

export type FileKind = 'json' | 'csv';

/** The kind a file's extension says: `undefined` when it has none (its text decides), `null` for one not read. */
export function extensionKind(fileName: string): FileKind | null | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'txt') return 'csv';
  return ext ? null : undefined;
}

/** By extension first; a file without one is sniffed (a JSON document starts with `{` or `[`). */
export function kindOf(fileName: string, text: string): FileKind | null {
  const ext = extensionKind(fileName);
  if (ext !== undefined) return ext;
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

export const fileFailure = (file: string, code: Problem['code'], params?: Problem['params']): ParseResult => ({
  ok: false,
  problems: [{ file, field: '(file)', code, ...(params && { params }) }],
});

export function tooLarge(fileName: string, bytes: number): ParseResult {
  return fileFailure(fileName, 'file.tooLarge', {
    // Rounded up, so a file just over the limit never reads as "50 MB; the limit is 50 MB".
    size: Math.ceil((bytes / 1024 / 1024) * 10) / 10,
    limit: MAX_FILE_BYTES / 1024 / 1024,
  });
}
