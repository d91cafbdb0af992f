// A worker thread that parses files for an import while the importing thread writes to SQLite.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parseFile';

export interface ParseJob {
  id: number;
  request: ParseRequest;
}

const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread.');
port.on('message', ({ id, request }: ParseJob) => {
  const parsed = parseFile(request);
  // The original bytes go back without a copy; the request's copy is no longer needed.
  const transfer = 'source' in parsed ? [parsed.source.original.buffer as ArrayBuffer] : [];
  port.postMessage({ id, parsed }, transfer);
});
