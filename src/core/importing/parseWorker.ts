// A worker thread that parses files for an import while the importing thread writes to SQLite.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parseFile';
import { toParsedFileMessage } from './ParsedFileMessage';

export interface ParseJob {
  id: number;
  request: ParseRequest;
}

const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread.');
port.on('message', ({ id, request }: ParseJob) => {
  const { message, transfer } = toParsedFileMessage(parseFile(request));
  port.postMessage({ id, parsed: message }, transfer);
});
