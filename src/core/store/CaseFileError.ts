import { ExplainedError } from '../ExplainedError';

/**
 * A case file that cannot be opened or written; the message says why and what to do.
 * `missing`: no file at the path (and the caller must not create one); `not-a-case`: not
 * SQLite, empty, or another application's database; `damaged`: ours, but SQLite finds it
 * corrupt; `busy`: another program holds its lock; `read-only`: the file or disk refuses
 * writes; `disk-full`: a write ran out of space; `io-error`: the disk failed a read or write.
 */
export type CaseFileErrorCode =
  | 'missing'
  | 'not-a-case'
  | 'newer-schema'
  | 'unreadable'
  | 'damaged'
  | 'busy'
  | 'read-only'
  | 'disk-full'
  | 'io-error';

export class CaseFileError extends ExplainedError<CaseFileErrorCode> {}
