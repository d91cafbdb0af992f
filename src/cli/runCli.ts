import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Workbench, type WorkbenchOptions } from '../core/workbench';
import type { CliCommand } from './CliCommand';
import { cliCommands } from './cliCommands';
import { cliExitCodes } from './cliExitCodes';
import { describeCliError } from './describeCliError';

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
    'usage: triangulate <command> [--case <file>] [--json] [--debug] … [--] [arguments…]',
    '',
    'commands:',
    ...lines,
    '',
    `--case defaults to $TRIANGULATE_CASE or ${defaultCasePath()}.`,
    '-- ends the options: every argument after it is a file name or word, even one that starts with --.',
    '--debug prints the stack of an unexpected error.',
    'exit codes: 0 done, 2 some imports failed, 64 usage, 65 bad data or not a case, 66 no such case,',
    '  70 internal error, 73 cannot create the output, 74 disk full or read-only, 75 case busy, 130 stopped.',
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
    debug: { type: 'boolean', default: false },
    ...Object.fromEntries(Object.entries(command.options ?? {}).map(([key, option]) => [key, { type: option.type }])),
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true });
  } catch (error) {
    io.err(`triangulate ${name}: ${(error as Error).message}\nusage: triangulate ${command.usage}`);
    return cliExitCodes.usage;
  }
  const misplaced = optionAfterEnd(rest, Object.keys(options));
  if (misplaced) {
    io.err(
      `triangulate ${name}: ${misplaced} comes after --, which ends the options, so it would be taken as a file name and there is no such file; put options before --.\nusage: triangulate ${command.usage}`,
    );
    return cliExitCodes.usage;
  }
  const casePath = resolve(typeof parsed.values.case === 'string' ? parsed.values.case : defaultCasePath());
  let workbench: Workbench | undefined;
  try {
    return await command.run({
      args: parsed.positionals,
      options: parsed.values as Record<string, string | boolean | undefined>,
      isJson: parsed.values.json === true,
      casePath,
      openWorkbench: () => (workbench ??= openCaseFor(command, casePath, io, workbenchOptions)),
      workbenchOptions,
      out: io.out,
      note: io.err,
    });
  } catch (error) {
    const report = describeCliError(error, casePath);
    io.err(`triangulate ${command.name}: ${report.message}`);
    if (parsed.values.debug === true) io.err(debugDetails(error));
    return report.exitCode;
  } finally {
    workbench?.close();
  }
}

/** The stack of the error and of each cause it explains, for `--debug`. */
function debugDetails(error: unknown): string {
  const parts: string[] = [];
  for (let current: unknown = error; current !== undefined && parts.length < 5; current = current instanceof Error ? current.cause : undefined) {
    parts.push(current instanceof Error ? (current.stack ?? current.message) : String(current));
  }
  return parts.join('\ncaused by: ');
}

function openCaseFor(command: CliCommand, casePath: string, io: CliIo, base: WorkbenchOptions): Workbench {
  const access = command.caseAccess ?? 'writes';
  if (access === 'creates') {
    mkdirSync(dirname(casePath), { recursive: true });
    return Workbench.open(casePath, base);
  }
  const options: WorkbenchOptions = { ...base, mustExist: true };
  if (access === 'reads') options.onReadonlyFallback = (reason) => io.err(`triangulate ${command.name}: ${reason.message} Opened it read-only.`);
  return Workbench.open(casePath, options);
}

/**
 * The first argument after `--` that spells one of the command's options and names no file:
 * `import -- a.txt --case mine.tri` would otherwise import into the default case and fail on
 * "--case", the very mistake `--` was not meant to make.
 */
function optionAfterEnd(argv: readonly string[], optionNames: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  if (end === -1) return undefined;
  return argv.slice(end + 1).find((argument) => {
    const name = argument.startsWith('--') ? argument.slice(2).split('=', 1)[0] : undefined;
    return name !== undefined && optionNames.includes(name) && !existsSync(argument);
  });
}
