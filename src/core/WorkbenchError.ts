/** An error the Workbench reports to its callers (IPC, CLI) with a stable code. */
export class WorkbenchError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-input' | 'busy',
    message: string,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }
}
