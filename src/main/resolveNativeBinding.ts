import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI). Inside Electron the
 * Workbench needs a build for Electron's ABI, prepared separately into
 * `native/electron-<abi>/better_sqlite3.node` (see README) or named by
 * TRIANGULATE_SQLITE_BINDING. Under plain Node this returns undefined.
 */
export function resolveNativeBinding(appPath: string): string | undefined {
  if (!process.versions.electron) return undefined;
  const fromEnvironment = process.env.TRIANGULATE_SQLITE_BINDING;
  if (fromEnvironment) return fromEnvironment;
  const prepared = join(appPath, 'native', `electron-${process.versions.modules}`, 'better_sqlite3.node');
  return existsSync(prepared) ? prepared : undefined;
}
