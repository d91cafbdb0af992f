import type { Workbench, WorkbenchOptions } from '../core/workbench';

export interface CliContext {
  /** Arguments after the command name and options. */
  args: string[];
  options: Record<string, string | boolean | undefined>;
  isJson: boolean;
  casePath: string;
  openWorkbench(): Workbench;
  /** What a command that opens its own Workbench passes on (the packaged app's SQLite binding). */
  workbenchOptions: WorkbenchOptions;
  out(text: string): void;
  /** Progress and notes for a person; never part of machine-readable output. */
  note(text: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /**
   * What the command needs of its case: `creates` makes one at a missing path; `writes` and
   * `reads` refuse a missing case (a mistyped --case must not leave an empty case behind),
   * and `reads` also opens a read-only or damaged case read-only to show what it can.
   * Defaults to `writes`.
   */
  caseAccess?: 'creates' | 'writes' | 'reads';
  /** Extra options besides --case, --json and --debug. */
  options?: Record<string, { type: 'string' | 'boolean'; description: string }>;
  /** Returns the process exit code. */
  run(context: CliContext): Promise<number>;
}
