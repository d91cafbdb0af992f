/** A case file that cannot be opened; the message says why and what to do. */
export class CaseFileError extends Error {
  constructor(
    readonly code: 'not-a-case' | 'newer-schema' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'CaseFileError';
  }
}
