import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronBindingPath, offlineMessage, planStart } from '../../../scripts/startPlan.mjs';

/**
 * A fake `electron` package on disk, shaped like the real one: index.js resolves path.txt
 * under dist/ and runs install.js when the binary is missing, install.js "downloads" (writes
 * the binary) or fails as FAKE_ELECTRON_DOWNLOAD says, and the binary is a script that
 * answers `-p process.versions…` only under ELECTRON_RUN_AS_NODE=1, as Electron does.
 */
function fakeElectronPackage(folder: string, { hasBinary }: { hasBinary: boolean }): string {
  const electronDir = join(folder, 'node_modules', 'electron');
  mkdirSync(join(electronDir, 'dist'), { recursive: true });
  writeFileSync(join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
  const binaryScript = '#!/bin/sh\nif [ "$ELECTRON_RUN_AS_NODE" = 1 ]; then echo "140 45.4.1"; else echo "a window would open" >&2; exit 3; fi\n';
  writeFileSync(
    join(electronDir, 'install.js'),
    `const fs = require('fs'), path = require('path');
if (process.env.FAKE_ELECTRON_DOWNLOAD !== 'ok') { console.error('TypeError: fetch failed'); process.exit(1); }
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), ${JSON.stringify(binaryScript)}, { mode: 0o755 });
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');\n`,
  );
  writeFileSync(
    join(electronDir, 'index.js'),
    `const fs = require('fs'), path = require('path'), { spawnSync } = require('child_process');
const binary = path.join(__dirname, 'dist', 'electron');
if (!fs.existsSync(binary) && spawnSync(process.execPath, [path.join(__dirname, 'install.js')], { stdio: 'inherit' }).status !== 0) {
  throw new Error('Electron failed to install correctly.');
}
module.exports = binary;\n`,
  );
  if (hasBinary) {
    writeFileSync(join(electronDir, 'path.txt'), 'electron');
    writeFileSync(join(electronDir, 'dist', 'electron'), binaryScript);
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755);
  }
  return electronDir;
}

describe('npm start plan', () => {
  let root: string;
  const env = (extra: Record<string, string> = {}) => {
    // The kit's variables of the machine running the tests must not steer the plan.
    const base = { ...process.env };
    delete base.TRIANGULATE_SQLITE_BINDING;
    delete base.ELECTRON_OVERRIDE_DIST_PATH;
    return { ...base, ...extra };
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'triangulate-start-plan-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the ABI from the binary and, with no build for it, plans prebuild-install then node-gyp against Electron\'s headers', () => {
    const electronDir = fakeElectronPackage(root, { hasBinary: true });
    const plan = planStart({ root, electronDir, env: env({ npm_config_node_gyp: '/npm/node-gyp/bin/node-gyp.js' }) });
    expect(plan.kind).toBe('launch');
    if (plan.kind !== 'launch') return;
    expect(plan.binary).toBe(join(electronDir, 'dist', 'electron'));
    expect({ abi: plan.abi, version: plan.version }).toEqual({ abi: '140', version: '45.4.1' });
    expect(plan.binding).toBe(join(root, 'native', 'electron-140', 'better_sqlite3.node'));
    expect(plan.isBindingPresent).toBe(false);
    expect(plan.prepare?.packageDir).toBe(join(root, 'node_modules', 'better-sqlite3'));
    const [prebuild, gyp] = plan.prepare?.commands ?? [];
    expect(prebuild?.args).toEqual(expect.arrayContaining([expect.stringMatching(/prebuild-install[\\/]bin\.js$/), '--runtime=electron', '--target=45.4.1']));
    expect(gyp?.args).toEqual(expect.arrayContaining(['/npm/node-gyp/bin/node-gyp.js', 'rebuild', '--runtime=electron', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']));
  });

  it('plans nothing to prepare when native/electron-<abi>/ already holds the binding', () => {
    const electronDir = fakeElectronPackage(root, { hasBinary: true });
    mkdirSync(join(root, 'native', 'electron-140'), { recursive: true });
    writeFileSync(electronBindingPath(root, '140'), 'a binding');
    const plan = planStart({ root, electronDir, env: env() });
    expect(plan).toMatchObject({ kind: 'launch', abi: '140', isBindingPresent: true, prepare: undefined });
  });

  it('uses TRIANGULATE_SQLITE_BINDING as given and prepares nothing', () => {
    const electronDir = fakeElectronPackage(root, { hasBinary: true });
    const plan = planStart({ root, electronDir, env: env({ TRIANGULATE_SQLITE_BINDING: join(root, 'kit', 'better_sqlite3.node') }) });
    expect(plan).toMatchObject({ kind: 'launch', binding: join(root, 'kit', 'better_sqlite3.node'), prepare: undefined });
  });

  it('downloads a missing binary through the electron package, then plans from it', () => {
    const electronDir = fakeElectronPackage(root, { hasBinary: false });
    const plan = planStart({ root, electronDir, env: env({ FAKE_ELECTRON_DOWNLOAD: 'ok' }) });
    expect(plan).toMatchObject({ kind: 'launch', binary: join(electronDir, 'dist', 'electron'), abi: '140' });
  });

  it('says in one paragraph that the window cannot open when the binary is missing and the download fails', () => {
    const electronDir = fakeElectronPackage(root, { hasBinary: false });
    const plan = planStart({ root, electronDir, env: env({ FAKE_ELECTRON_DOWNLOAD: 'fail' }) });
    expect(plan.kind).toBe('offline');
    if (plan.kind !== 'offline') return;
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toMatch(/Electron 45\.4\.1 binary is not here and could not be downloaded/);
    expect(plan.message).toMatch(/ELECTRON_OVERRIDE_DIST_PATH/);
    expect(plan.message).toMatch(/npm run --silent cli -- sources/);
  });

  it('adds to the paragraph that Electron\'s installer wants Node 22.12 when run on an older Node', () => {
    expect(offlineMessage('45.4.1', '20.19.0')).toMatch(/Node 22\.12 or later; this is Node 20\.19\.0\./);
    expect(offlineMessage('45.4.1', '22.12.0')).not.toMatch(/22\.12/);
    expect(offlineMessage('45.4.1', '24.1.0')).not.toMatch(/Node 22/);
  });
});
