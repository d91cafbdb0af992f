// A worker thread that parses files for an import while the importing thread writes to SQLite.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parseFile';
import { toParsedFileMessage } from './ParsedFileMessage';

export interface ParseJob {
  id: number;
  requests: readonly ParseRequest[];
}

const port = parentPort;
if (!port) throw new Error('parseWorker must run as a worker thread.');
port.on('message', ({ id, requests }: ParseJob) => {
  const messages = requests.map((request) => toParsedFileMessage(parseFile(request)));
  port.postMessage(
    { id, parsed: messages.map(({ message }) => message) },
    messages.flatMap(({ transfer }) => transfer),
  );
});
