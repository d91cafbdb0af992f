import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI). Inside Electron the
 * Workbench needs a build for Electron's ABI, prepared separately into
 * `native/electron-<abi>/better_sqlite3.node` (see README) or named by
 * TRIANGULATE_SQLITE_BINDING. Under plain Node this returns undefined.
 *
 * An installer carries it in Electron's resources folder, beside app.asar rather than in it:
 * a shared library must be loaded from a real file, by the worker thread too.
 */
export function resolveNativeBinding(
  appPath: string,
  versions: NodeJS.ProcessVersions = process.versions,
  environment: NodeJS.ProcessEnv = process.env,
  resourcesPath: string | undefined = (process as { resourcesPath?: string }).resourcesPath,
): string | undefined {
  if (!versions.electron) return undefined;
  const fromEnvironment = environment.TRIANGULATE_SQLITE_BINDING;
  if (fromEnvironment) return fromEnvironment;
  const prepared = join('native', `electron-${versions.modules}`, 'better_sqlite3.node');
  const folder = [resourcesPath, appPath].find((candidate) => candidate !== undefined && existsSync(join(candidate, prepared)));
  return folder === undefined ? undefined : join(folder, prepared);
}
