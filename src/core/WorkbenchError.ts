import { ExplainedError } from './ExplainedError';

/**
 * `refused-target`: an export target that must not be written (the case, a database, a
 * folder, a device); `cannot-write`: the file system refused the write (full, read-only);
 * `cancelled`: the caller stopped the work, and it left the case as it was.
 */
type WorkbenchErrorCode = 'not-found' | 'invalid-input' | 'busy' | 'refused-target' | 'cannot-write' | 'cancelled';

/** An error the Workbench reports to its callers (IPC, CLI) with a stable code. */
export class WorkbenchError extends ExplainedError<WorkbenchErrorCode> {}
