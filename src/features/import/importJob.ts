import type { ActivityFile } from '../../domain/activity';
import { summarizePlan, type ImportSummary } from '../../domain/formats/diff';
import { extensionKind, fileFailure, kindOf, tooLarge, type FileKind } from '../../domain/formats/importFile';
import { readActivitiesJson, type JsonActivitiesReader, type ParseOptions } from '../../domain/formats/json';
import { readActivitiesCsv, type CsvActivitiesReader } from '../../domain/formats/csvReader';
import { MAX_FILE_BYTES, type ParseResult, type Problem, type Stamps } from '../../domain/formats/problems';
import { knownSources, previewImport } from '../../db/importPreview';
import { applyImport, undoBatch, type ImportOutcome } from '../../db/importWrites';
import { readVocabulary } from '../../db/vocabulary';
import { storeCarried } from '../../db/vocabularyWrites';
import type { Carried } from '../../domain/formats/carried';

/**
 * One import, from the file to the stored records, as the import worker runs it (or the page itself where there
 * are no workers, as in the tests). The records stay here between the check and the write: the page only ever
 * receives progress, the preview's summary and the outcome, so a 100,000-record file never crosses to it.
 */

export type ImportPhase = 'read' | 'check' | 'write' | 'undo';

/**
 * `done` of `total` drives the bar: bytes while reading, records while writing or undoing, and while checking whatever the
 * format allows (records for JSON, characters for CSV); `records` counts the records checked so far.
 */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  records?: number;
}

/** Problems sent to the page: it lists the first 50 and counts the rest. */
export const PROBLEMS_SENT = 200;

export type CheckResult =
  { ok: false; problems: Problem[]; problemCount: number } | { ok: true; summary: ImportSummary };

export interface ImportJob {
  /** Opens the database and reads the known sources ahead of a file, so the check starts at once. */
  warm(): Promise<void>;
  check(file: File): Promise<CheckResult>;
  write(note: string): Promise<ImportOutcome>;
  /** Undoes an import (see undoBatch), with progress: at 100k its deletions are work for a worker too. */
  undo(batchId: string): Promise<UndoOutcome>;
}

export type UndoOutcome = Awaited<ReturnType<typeof undoBatch>>;

const failed = (problems: Problem[]): CheckResult => ({
  ok: false,
  problems: problems.slice(0, PROBLEMS_SENT),
  problemCount: problems.length,
});

/**
 * Reads and checks a file as it arrives (~64 KB pieces): strict UTF-8 (a byte that is not UTF-8 means the file is
 * binary or in another encoding, and guessing would corrupt accents), then the format's reader, piece by piece, so
 * a 500 MB file is never one string in memory.
 */
async function readFile(file: File, options: ParseOptions, report: (p: ImportProgress) => void): Promise<ParseResult> {
  if (file.size === 0) return fileFailure(file.name, 'file.empty');
  const ext = extensionKind(file.name);
  if (ext === null) return fileFailure(file.name, 'file.kind', { value: file.name.replace(/^.*\./, '.') });
  let reader = null as JsonActivitiesReader | CsvActivitiesReader | null;
  let kind: FileKind | null = null;
  const open = (k: FileKind) => {
    kind = k;
    return k === 'json' ? readActivitiesJson(file.name, options) : readActivitiesCsv(file.name, options, file.size);
  };
  if (ext) reader = open(ext);
  let pending = ''; // text of a file without an extension, until it shows what it is
  const take = (text: string) => {
    if (!reader) {
      pending += text;
      if (!/\S/.test(pending)) return;
      reader = open(kindOf(file.name, pending) ?? 'csv');
      text = pending;
      pending = '';
    }
    reader.write(text);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // A CSV in pieces of a line or so (see linePieces); a JSON whole: its parser copies what it keeps.
  // Null for bytes that are not UTF-8.
  const decoded = (bytes: Uint8Array): string[] | null => {
    try {
      return [...(kind === 'csv' ? linePieces(bytes) : [bytes])].map((b) => decoder.decode(b, { stream: true }));
    } catch {
      return null;
    }
  };
  if (typeof file.stream === 'function') {
    const chunks = file.stream().getReader();
    let done = 0;
    for (;;) {
      const { done: end, value } = await chunks.read();
      if (end) break;
      const texts = decoded(value);
      if (!texts) {
        await chunks.cancel();
        return fileFailure(file.name, value.includes(0) ? 'file.binary' : 'file.encoding');
      }
      texts.forEach(take);
      done += value.byteLength;
      report({ phase: 'check', done, total: file.size, records: reader?.records ?? 0 });
    }
  } else {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const texts = decoded(bytes);
    if (!texts) return fileFailure(file.name, bytes.includes(0) ? 'file.binary' : 'file.encoding');
    texts.forEach(take);
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return fileFailure(file.name, 'file.encoding'); // the file ends inside a character
  }
  take(rest);
  // Without an extension and nothing but white space: empty.
  if (!reader) return fileFailure(file.name, 'file.empty');
  const result = reader.end();
  report({ phase: 'check', done: file.size, total: file.size, records: reader.records });
  return result;
}

/**
 * The bytes cut after line breaks into pieces of at least `min` bytes. A CSV record's cells are cut by papaparse
 * from the text it was given, and a cell cut from a string keeps the whole string alive: decoded 64 KB at a time,
 * every checked record would hold on to its 64 KB piece, and so the records of a file to the whole file's text
 * (measured on the 142.6 MB real-size export: 437 MB of JS heap against 184 MB for the same records as JSON).
 * Decoded a line or so at a time, a record keeps only its own line. A line break byte is never inside a UTF-8
 * sequence, so each piece decodes on its own (a quoted cell may still go on in the next piece: papaparse joins them).
 */
export function* linePieces(bytes: Uint8Array, min = 1024): Generator<Uint8Array> {
  let from = 0;
  for (;;) {
    const nl = bytes.indexOf(10, from + min);
    if (nl === -1) break;
    yield bytes.subarray(from, nl + 1);
    from = nl + 1;
  }
  if (from < bytes.length) yield bytes.subarray(from);
}

/** Passes on a phase's first and last step and at most one step per `ms` between: enough for a bar to move. */
export function throttled(report: (p: ImportProgress) => void, ms = 50): (p: ImportProgress) => void {
  let last = 0;
  let phase: ImportPhase | null = null;
  return (p) => {
    const now = Date.now();
    if (p.phase !== phase || p.done >= p.total || now - last >= ms) {
      phase = p.phase;
      last = now;
      report(p);
    }
  };
}

export function createImportJob(onProgress: (p: ImportProgress) => void): ImportJob {
  const report = throttled(onProgress);
  let records: ActivityFile[] | null = null;
  let carried: Carried | undefined;
  let stamps: Stamps | undefined;
  // Read afresh for every file (two small tables): the analyst may add a release or a vocabulary entry between
  // two imports, and the worker outlives both. Warming only opens the database ahead of the first file.
  const ready = () => Promise.all([knownSources(), readVocabulary()]);
  return {
    async warm() {
      await ready();
    },
    async check(file) {
      records = null;
      carried = undefined;
      stamps = undefined;
      if (file.size > MAX_FILE_BYTES) {
        const r = tooLarge(file.name, file.size);
        return r.ok ? failed([]) : failed(r.problems);
      }
      report({ phase: 'read', done: 0, total: file.size });
      const [sources, vocabulary] = await ready();
      const parsed = await readFile(file, { sources, vocabulary }, report);
      if (!parsed.ok) return failed(parsed.problems);
      const plan = await previewImport(
        parsed.records,
        parsed.carried?.sources.map((s) => s.id),
      );
      records = parsed.records;
      carried = parsed.carried;
      stamps = parsed.stamps;
      return { ok: true, summary: summarizePlan(plan) };
    },
    async write(note) {
      if (!records) throw new Error('No checked file to write');
      // The entries and releases the file carries first: its records use them.
      if (carried) await storeCarried(carried);
      const outcome = await applyImport(records, note, (p) => report({ phase: 'write', ...p }), stamps);
      records = null;
      stamps = undefined;
      return outcome;
    },
    undo: (batchId) => undoBatch(batchId, (p) => report({ phase: 'undo', ...p })),
  };
}
