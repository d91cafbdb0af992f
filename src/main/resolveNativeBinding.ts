import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI). Inside Electron the
 * Workbench needs a build for Electron's ABI, which `npm start` prepares into
 * `native/electron-<abi>/better_sqlite3.node` (scripts/startPlan.mjs names the same path), or
 * the file named by TRIANGULATE_SQLITE_BINDING (the test kit's). Under plain Node this returns
 * undefined. `versions`, `env` and `resourcesPath` are the process's own except in tests.
 *
 * An installer built against a local Electron carries the binding in Electron's resources
 * folder, beside app.asar rather than in it: a shared library must be loaded from a real
 * file, by the worker thread too. That folder is tried first.
 */
export function resolveNativeBinding(
  appPath: string,
  versions: Partial<Pick<NodeJS.ProcessVersions, 'electron' | 'modules'>> = process.versions,
  env: NodeJS.ProcessEnv = process.env,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string | undefined {
  if (!versions.electron) return undefined;
  const fromEnvironment = env.TRIANGULATE_SQLITE_BINDING;
  if (fromEnvironment) return fromEnvironment;
  const prepared = join('native', `electron-${versions.modules}`, 'better_sqlite3.node');
  const folder = [resourcesPath, appPath].find((candidate) => candidate !== undefined && existsSync(join(candidate, prepared)));
  return folder === undefined ? undefined : join(folder, prepared);
}
