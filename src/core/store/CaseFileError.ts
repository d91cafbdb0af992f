import { ExplainedError } from '../ExplainedError';

/** A case file that cannot be opened; the message says why and what to do. */
export class CaseFileError extends ExplainedError<'not-a-case' | 'newer-schema' | 'unreadable'> {}
