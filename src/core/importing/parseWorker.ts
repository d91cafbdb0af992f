// A worker thread that parses files for an import while the importing thread writes to SQLite.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parseFile';

export interface ParseJob {
  id: number;
  requests: readonly ParseRequest[];
}

const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread.');
port.on('message', ({ id, requests }: ParseJob) => {
  const parsed = requests.map(parseFile);
  // The arrays are handed over, not copied: the worker has no further use for them.
  const transfer = parsed
    .flatMap((each) => ('rows' in each ? [each.rows.sentenceSpans.buffer, each.rows.source.original.buffer] : []))
    .filter((buffer) => buffer instanceof ArrayBuffer);
  port.postMessage({ id, parsed }, transfer);
});
