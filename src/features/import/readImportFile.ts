import { parseImportBytes, tooLarge } from '../../domain/formats/importFile';
import type { ParseOptions } from '../../domain/formats/json';
import { MAX_FILE_BYTES, type ParseResult } from '../../domain/formats/problems';

export interface WorkerRequest {
  file: File;
  options: ParseOptions;
}

/**
 * Reads and checks one file. In the browser the work (UTF-8 decoding, papaparse, zod over every record) runs in a
 * worker so a 50 MB file does not freeze the page; where there are no workers (tests) it runs here. The size is
 * checked before a single byte is read.
 */
export async function readImportFile(file: File, options: ParseOptions): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) return tooLarge(file.name, file.size);
  if (typeof Worker === 'undefined')
    return parseImportBytes(new Uint8Array(await file.arrayBuffer()), file.name, options);
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParseResult>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ParseResult>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage({ file, options } satisfies WorkerRequest);
    });
  } finally {
    worker.terminate();
  }
}
