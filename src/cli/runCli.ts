import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { IngestError } from '../core/ingest/IngestedDocument';
import { CaseFileError } from '../core/store/CaseFileError';
import { Workbench, type WorkbenchOptions } from '../core/workbench';
import { WorkbenchError } from '../core/WorkbenchError';
import type { CliCommand } from './CliCommand';
import { cliCommands } from './cliCommands';

/** Without --case, commands work on the sample case, so `sample` then `sources` just works. */
export const defaultCasePath = () =>
  process.env.TRIANGULATE_CASE ?? join(homedir(), '.triangulate', 'sample.tri');

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

function helpText(): string {
  const lines = cliCommands.map((command) => `  ${command.usage.padEnd(28)} ${command.summary}`);
  return [
    'usage: triangulate <command> [--case <file>] [--json] …',
    '',
    'commands:',
    ...lines,
    '',
    `--case defaults to $TRIANGULATE_CASE or ${defaultCasePath()}.`,
  ].join('\n');
}

/**
 * Runs one CLI invocation; returns the exit code. The packaged app (`--cli`) passes the
 * Workbench its Electron-ABI SQLite binding and its built parse worker.
 */
export async function runCli(argv: readonly string[], io: CliIo, workbenchOptions: WorkbenchOptions = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 64;
  }
  const command = cliCommands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`triangulate: unknown command "${name}".\n\n${helpText()}`);
    return 64;
  }
  const options: ParseArgsConfig['options'] = {
    case: { type: 'string' },
    json: { type: 'boolean', default: false },
    ...Object.fromEntries(Object.entries(command.options ?? {}).map(([key, option]) => [key, { type: option.type }])),
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true });
  } catch (error) {
    io.err(`triangulate ${name}: ${(error as Error).message}\nusage: triangulate ${command.usage}`);
    return 64;
  }
  const casePath = resolve(typeof parsed.values.case === 'string' ? parsed.values.case : defaultCasePath());
  let workbench: Workbench | undefined;
  try {
    return await command.run({
      args: parsed.positionals,
      options: parsed.values as Record<string, string | boolean | undefined>,
      isJson: parsed.values.json === true,
      casePath,
      openWorkbench: () => {
        if (!workbench) {
          mkdirSync(dirname(casePath), { recursive: true });
          workbench = Workbench.open(casePath, workbenchOptions);
        }
        return workbench;
      },
      out: io.out,
      note: io.err,
    });
  } catch (error) {
    return reportError(command, error, io);
  } finally {
    workbench?.close();
  }
}

function reportError(command: CliCommand, error: unknown, io: CliIo): number {
  const isExpected =
    error instanceof WorkbenchError || error instanceof CaseFileError || error instanceof IngestError;
  if (isExpected) {
    io.err(`triangulate ${command.name}: ${error.message}`);
    return 1;
  }
  io.err(`triangulate ${command.name}: unexpected error: ${(error as Error).stack ?? String(error)}`);
  return 70;
}
