// `npm run dist`: builds the app, then the installers with electron-builder (electron-builder.yml),
// then the .deb from the unpacked Linux folder (buildDeb.ts). Arguments after `--` go to
// electron-builder in place of the default targets, e.g. `npm run dist -- --mac` or `-- --win`.
//
// TRIANGULATE_ELECTRON_DIST=<folder of an unpacked Electron> builds against that Electron
// instead of downloading package.json's: electronVersion is read from its `version` file, and
// since nothing can be rebuilt offline, the Electron-ABI better-sqlite3 named by
// TRIANGULATE_SQLITE_BINDING is shipped as native/electron-<abi>/better_sqlite3.node (found by
// src/main/resolveNativeBinding.ts). It also asks electron-builder only for the unpacked
// folder: its tar.gz needs 7za and its AppImage appimagetool, both downloads, so the tarball is
// made here with the system's tar.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeb } from './buildDeb';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const started = Date.now();

function run(command: string, args: readonly string[], environment: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: environment });
  if (result.status !== 0) {
    console.error(`dist: ${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
    process.exit(1);
  }
}

interface LocalElectron {
  dist: string;
  version: string;
  abi: string;
  binding: string;
}

function localElectron(): LocalElectron | undefined {
  const dist = process.env.TRIANGULATE_ELECTRON_DIST;
  if (!dist) return undefined;
  const binary = join(dist, 'electron');
  if (!existsSync(binary)) throw new Error(`TRIANGULATE_ELECTRON_DIST=${dist} has no electron binary.`);
  const version = readFileSync(join(dist, 'version'), 'utf8').trim().replace(/^v/, '');
  // The kit's binary is unfused, so it can say which ABI its Node has.
  const abi = execFileSync(binary, ['-p', 'process.versions.modules'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  }).trim();
  const binding = process.env.TRIANGULATE_SQLITE_BINDING;
  if (!binding || !existsSync(binding)) {
    throw new Error(`TRIANGULATE_ELECTRON_DIST needs TRIANGULATE_SQLITE_BINDING: better_sqlite3.node built for ABI ${abi}.`);
  }
  return { dist, version, abi, binding };
}

const local = localElectron();
const passed = process.argv.slice(2);

run(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);

// build/native is the `files` entry that carries a prepared binding; emptied every run so a
// binding for another Electron never ships by accident.
const nativeDir = join(root, 'build/native');
rmSync(nativeDir, { recursive: true, force: true });
mkdirSync(nativeDir, { recursive: true });
const builderArgs = ['--publish', 'never'];
if (local) {
  mkdirSync(join(nativeDir, `electron-${local.abi}`));
  copyFileSync(local.binding, join(nativeDir, `electron-${local.abi}`, 'better_sqlite3.node'));
  builderArgs.push(`-c.electronDist=${local.dist}`, `-c.electronVersion=${local.version}`, '-c.npmRebuild=false');
  console.log(`dist: local Electron ${local.version} (ABI ${local.abi}) from ${local.dist}`);
}
const isLinuxBuild = passed.length === 0 ? process.platform === 'linux' : passed.includes('--linux');
const isOfflineLinux = passed.length === 0 && process.platform === 'linux' && local !== undefined;
builderArgs.push(...(passed.length > 0 ? passed : isOfflineLinux ? ['--linux', 'dir'] : []));
run(process.execPath, [join(root, 'node_modules/electron-builder/cli.js'), ...builderArgs]);
const unpackedDir = join(root, 'dist/linux-unpacked');
// A custom Electron folder keeps its default_app.asar; OnlyLoadAppFromAsar never loads it, so it goes.
rmSync(join(unpackedDir, 'resources/default_app.asar'), { force: true });

const artifacts: string[] = [];
if (isLinuxBuild) {
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; description: string };
  artifacts.push(
    buildDeb({
      name: packageJson.name,
      productName: 'Triangulate',
      version: packageJson.version,
      description: packageJson.description,
      maintainer: 'Triangulate contributors <triangulate@localhost>',
      unpackedDir,
      outputDir: join(root, 'dist'),
    }),
  );
  const tarball = join(root, 'dist', `${packageJson.name}-${packageJson.version}.tar.gz`);
  if (isOfflineLinux) {
    const folder = `${packageJson.name}-${packageJson.version}`;
    run('tar', ['-czf', tarball, '-C', join(root, 'dist'), `--transform=s,^linux-unpacked,${folder},`, 'linux-unpacked']);
  }
  if (existsSync(tarball)) artifacts.push(tarball);
}
for (const artifact of artifacts) console.log(`dist: ${artifact} ${(statSync(artifact).size / 1e6).toFixed(1)} MB`);
console.log(`dist: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
