import { parseImportBytes } from '../../domain/formats/importFile';
import type { WorkerRequest } from './readImportFile';

// Off the main thread: decoding, CSV parsing (papaparse) and validation of every record of a file up to 50 MB.
self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const { file, options } = e.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  self.postMessage(parseImportBytes(bytes, file.name, options));
};
