#!/usr/bin/env node
// `npm start`: opens the desktop app. On a connected machine it gets what the app needs first:
// the Electron binary (through the `electron` package, which downloads it) and better-sqlite3
// for that Electron's ABI in native/electron-<abi>/. Where nothing can be downloaded, it says
// so in one paragraph, prepares the sample case with the CLI instead, and exits 0 so set-up
// scripts keep working. The decisions are in startPlan.mjs (tested); this file carries them out.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planStart } from './startPlan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const plan = planStart({ root });

if (plan.kind === 'offline') {
  console.log(`${plan.message}\n`);
  // The CLI keeps its default case in ~/.triangulate; make sure the folder exists.
  mkdirSync(join(homedir(), '.triangulate'), { recursive: true });
  const cli = spawnSync(process.execPath, [join(root, 'bin/triangulate.mjs'), 'sample'], { stdio: 'inherit', cwd: root });
  process.exit(cli.status === 0 ? 0 : (cli.status ?? 1));
}

/** Gets better-sqlite3 for Electron in a copy of the package, so node_modules keeps the Node build. */
function prepareBinding() {
  const staging = join(root, 'native', `.staging-electron-${plan.abi}`);
  rmSync(staging, { recursive: true, force: true });
  // Without its build/ folder: the Node binding there must not pass for Electron's.
  const nodeBuild = join(plan.prepare.packageDir, 'build');
  cpSync(plan.prepare.packageDir, staging, { recursive: true, filter: (source) => source !== nodeBuild && !source.startsWith(`${nodeBuild}${sep}`) });
  try {
    for (const step of plan.prepare.commands) {
      console.log(`better-sqlite3 for Electron ${plan.version} (ABI ${plan.abi}): ${step.title}…`);
      const { status } = spawnSync(step.command, step.args, { stdio: 'inherit', cwd: staging });
      const built = join(staging, 'build', 'Release', 'better_sqlite3.node');
      if (status === 0 && existsSync(built)) {
        mkdirSync(dirname(plan.binding), { recursive: true });
        copyFileSync(built, plan.binding);
        console.log(`better-sqlite3 for Electron is in ${plan.binding}.`);
        return true;
      }
    }
    return false;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (plan.prepare && !prepareBinding()) {
  console.warn(`Note: better-sqlite3 for Electron's ABI ${plan.abi} could not be downloaded or built (node-gyp needs Python and a C++ compiler).
The window will open but cannot read cases until ${plan.binding} exists (README, "Running the desktop app").`);
}

const result = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'preview'], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, ELECTRON_EXEC_PATH: plan.binary },
});
process.exit(result.status ?? 1);
