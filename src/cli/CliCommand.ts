import type { Workbench } from '../core/workbench';

export interface CliContext {
  /** Arguments after the command name and options. */
  args: string[];
  options: Record<string, string | boolean | undefined>;
  isJson: boolean;
  casePath: string;
  openWorkbench(): Workbench;
  out(text: string): void;
  /** Progress and notes for a person; never part of machine-readable output. */
  note(text: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Extra options besides --case and --json. */
  options?: Record<string, { type: 'string' | 'boolean'; description: string }>;
  /** Returns the process exit code. */
  run(context: CliContext): Promise<number>;
}
