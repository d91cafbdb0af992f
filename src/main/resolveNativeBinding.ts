import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI). Inside Electron the
 * Workbench needs a build for Electron's ABI, prepared separately into
 * `native/electron-<abi>/better_sqlite3.node` (see README) or named by
 * TRIANGULATE_SQLITE_BINDING. Under plain Node this returns undefined.
 *
 * In an installer the app is app.asar and the binding sits unpacked beside it
 * (asarUnpack): the real file in app.asar.unpacked is named, because a shared library must
 * be loaded from disk and the worker thread that loads it gets no asar redirection it can
 * be sure of.
 */
export function resolveNativeBinding(
  appPath: string,
  versions: NodeJS.ProcessVersions = process.versions,
  environment: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!versions.electron) return undefined;
  const fromEnvironment = environment.TRIANGULATE_SQLITE_BINDING;
  if (fromEnvironment) return fromEnvironment;
  const appFolder = appPath.endsWith('.asar') ? `${appPath}.unpacked` : appPath;
  const prepared = join(appFolder, 'native', `electron-${versions.modules}`, 'better_sqlite3.node');
  return existsSync(prepared) ? prepared : undefined;
}
