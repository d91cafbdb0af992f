/**
 * An error meant for the analyst: a stable `code` the caller can act on and a message that says
 * in one sentence what happened and what to do. Everything else thrown is a defect and is
 * reported as one, without its stack. Each kind of failure declares its codes in a subclass.
 */
export abstract class ExplainedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    /** The low-level failure it explains (an SQLite error, say), kept for `--debug`. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
