import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 in node_modules is built for Node (tests, CLI). Inside Electron the
 * Workbench needs a build for Electron's ABI, which `npm start` prepares into
 * `native/electron-<abi>/better_sqlite3.node` (scripts/startPlan.mjs names the same path), or
 * the file named by TRIANGULATE_SQLITE_BINDING (the test kit's). Under plain Node this returns
 * undefined. `versions` and `env` are the process's own except in tests.
 */
export function resolveNativeBinding(
  appPath: string,
  versions: Partial<Pick<NodeJS.ProcessVersions, 'electron' | 'modules'>> = process.versions,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!versions.electron) return undefined;
  const fromEnvironment = env.TRIANGULATE_SQLITE_BINDING;
  if (fromEnvironment) return fromEnvironment;
  const prepared = join(appPath, 'native', `electron-${versions.modules}`, 'better_sqlite3.node');
  return existsSync(prepared) ? prepared : undefined;
}
