import { ExplainedError } from '../ExplainedError';

/**
 * A file handed to an exchange import that cannot be read as that format: `missing-file` (no
 * such file), `unreadable-file` (a folder, no permission, too large, not UTF-8), `wrong-format`
 * (readable, but not a Web Annotation file or a REFI-QDA codebook). Nothing was written.
 */
export class ExchangeFileError extends ExplainedError<'missing-file' | 'unreadable-file' | 'wrong-format'> {}
