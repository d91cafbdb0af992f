import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one CLI invocation in this process (faster than a child; the same runCli as the bin). */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

const bin = join(import.meta.dirname, '..', '..', 'bin', 'triangulate.mjs');

/** Runs the installed bin as its own process, as a shell would. */
export function cliProcess(argv: readonly string[], options: SpawnSyncOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...argv], { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export const sha256Of = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The `-wal`, `-shm` and `-journal` files present beside a case. */
export const sidecarsOf = (path: string) => ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(`${path}${suffix}`));

/** A stack frame line, which an analyst should never see without --debug. */
export const stackFrame = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
