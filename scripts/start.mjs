#!/usr/bin/env node
// `npm start`: opens the desktop app where an Electron binary exists. Where it does not
// (machines that cannot reach Electron's release host), it says so, prepares the sample
// case with the CLI instead, and exits 0 so set-up scripts keep working.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronExecutable() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const name =
      process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
    const candidate = join(override, name);
    if (existsSync(candidate)) return candidate;
  }
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const candidate = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function electronAbi() {
  try {
    return readFileSync(join(dirname(require.resolve('electron/package.json')), 'abi_version'), 'utf8').trim();
  } catch {
    return '<abi>';
  }
}

const executable = electronExecutable();
if (!executable) {
  console.log(`The Electron binary is not installed here, so the desktop window cannot open.

To get it, on a machine that can reach Electron's release host:
  npm install                      (without ELECTRON_SKIP_BINARY_DOWNLOAD), or
  export ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron/dist   (an unpacked Electron ${require('electron/package.json').version})
then build better-sqlite3 for Electron's ABI (see README, "Running the desktop app") and run npm start again.

Meanwhile the command line works on the same Workbench:
  npm run --silent cli -- sample            create or open the sample case
  npm run --silent cli -- sources           list its sources
  npm run --silent cli -- search sanctions
Preparing the sample case now…
`);
  // The CLI keeps its default case in ~/.triangulate; make sure the folder exists.
  mkdirSync(join(homedir(), '.triangulate'), { recursive: true });
  const cli = spawnSync(process.execPath, [join(root, 'bin/triangulate.mjs'), 'sample'], { stdio: 'inherit', cwd: root });
  process.exit(cli.status === 0 ? 0 : (cli.status ?? 1));
}

const binding = process.env.TRIANGULATE_SQLITE_BINDING ?? join(root, 'native', `electron-${electronAbi()}`, 'better_sqlite3.node');
if (!existsSync(binding)) {
  console.warn(`Note: no better-sqlite3 build for Electron's ABI at ${binding}.
The window will open but cannot read cases until you prepare one (README, "Running the desktop app").`);
}

const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
process.exit(result.status ?? 1);
