// What `npm start` does on this machine, decided apart from doing it so a test can drive it
// with a fake `electron` package: find (or download) the Electron binary, ask that binary for
// its ABI, and name the better-sqlite3 build it needs and how to get one. The Node build in
// node_modules stays as it is for the CLI and the tests; Electron's goes to native/electron-<abi>/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where resolveNativeBinding (src/main) looks for Electron's better-sqlite3. */
export const electronBindingPath = (root, abi) => join(root, 'native', `electron-${abi}`, 'better_sqlite3.node');

/**
 * The binary the `electron` package resolves to, downloading it first if it is missing (its
 * index.js runs its install.js, which shows a progress bar once a download takes over 30 s).
 * Run in a child process so a failed download is an answer, not a crash; its output is the user's.
 */
export function resolveElectronBinary(electronDir, env = process.env) {
  const answerFolder = mkdtempSync(join(tmpdir(), 'triangulate-start-'));
  const answer = join(answerFolder, 'path');
  try {
    // install.js has printed why a download failed; the package's own throw adds only a stack.
    const script = 'try { require("node:fs").writeFileSync(process.argv[1], require(process.argv[2])); } catch { process.exit(1); }';
    const child = spawnSync(process.execPath, ['-e', script, answer, electronDir], { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (child.status !== 0 || !existsSync(answer)) return undefined;
    const binary = readFileSync(answer, 'utf8');
    return existsSync(binary) ? binary : undefined;
  } finally {
    rmSync(answerFolder, { recursive: true, force: true });
  }
}

/** The ABI and version of the Electron actually launched, which may not be the package's (ELECTRON_OVERRIDE_DIST_PATH). */
export function readElectronVersions(binary, env = process.env) {
  const child = spawnSync(binary, ['-p', 'process.versions.modules + " " + process.versions.electron'], {
    encoding: 'utf8',
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    timeout: 60_000,
  });
  const match = /^(\d+) (\d+\.\d+\.\d+\S*)\s*$/m.exec(child.stdout ?? '');
  return match ? { abi: match[1], version: match[2] } : undefined;
}

/**
 * How to get better-sqlite3 for this Electron, tried in order inside a copy of the package (so
 * the Node build is never overwritten): the prebuilt binary better-sqlite3 publishes for
 * Electron, else a build against Electron's headers with node-gyp.
 */
export function bindingCommands({ root, version, arch = process.arch, platform = process.platform, env = process.env }) {
  const packageDir = join(root, 'node_modules', 'better-sqlite3');
  const prebuildInstall = join(root, 'node_modules', 'prebuild-install', 'bin.js');
  // npm hands its own node-gyp to scripts it runs; outside npm, npx finds one.
  const nodeGyp = env.npm_config_node_gyp;
  const gypArgs = ['rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers'];
  return {
    packageDir,
    commands: [
      { title: 'prebuilt better-sqlite3 for Electron', command: process.execPath, args: [prebuildInstall, '--runtime=electron', `--target=${version}`, `--arch=${arch}`, `--platform=${platform}`, '--verbose'] },
      nodeGyp
        ? { title: 'build better-sqlite3 against Electron\'s headers', command: process.execPath, args: [nodeGyp, ...gypArgs] }
        : { title: 'build better-sqlite3 against Electron\'s headers', command: 'npx', args: ['--yes', 'node-gyp', ...gypArgs] },
    ],
  };
}

/** Electron's installer (@electron/get) declares Node ≥ 22.12; the CLI and tests run on 20.19. */
export const isNodeNewEnoughForElectron = (nodeVersion = process.versions.node) => {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
};

/** The one paragraph `npm start` prints where no Electron binary can be had. */
export function offlineMessage(packageVersion, nodeVersion = process.versions.node) {
  const nodeNote = isNodeNewEnoughForElectron(nodeVersion) ? '' : ` Electron's installer also asks for Node 22.12 or later; this is Node ${nodeVersion}.`;
  return `The Electron ${packageVersion} binary is not here and could not be downloaded (the error above says why; machines like the ones this project is built on cannot reach Electron's release host), so the desktop window cannot open. On a connected machine \`npm start\` downloads it and prepares better-sqlite3 for it by itself; here you can point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron, or install the app from \`npm run dist\`.${nodeNote} Meanwhile the command line works on the same Workbench: \`npm run --silent cli -- sources\`, \`… search sanctions\`, \`… claims\`. Preparing the sample case with it now.`;
}

/**
 * The plan: `{ kind: 'offline', message }`, or `{ kind: 'launch', binary, abi, version,
 * binding, isBindingPresent, prepare }` where `prepare` is undefined when the binding is there.
 */
export function planStart({ root, electronDir = join(root, 'node_modules', 'electron'), env = process.env }) {
  const packageVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const binary = resolveElectronBinary(electronDir, env);
  if (!binary) return { kind: 'offline', message: offlineMessage(packageVersion) };
  const versions = readElectronVersions(binary, env);
  if (!versions) throw new Error(`${binary} did not say which ABI it has (ELECTRON_RUN_AS_NODE=1 ${binary} -p process.versions.modules).`);
  // The kit and packagers name their build outright; it is used as given.
  const binding = env.TRIANGULATE_SQLITE_BINDING ?? electronBindingPath(root, versions.abi);
  const isBindingPresent = existsSync(binding);
  const prepare = isBindingPresent || env.TRIANGULATE_SQLITE_BINDING ? undefined : bindingCommands({ root, version: versions.version, env });
  return { kind: 'launch', binary, ...versions, binding, isBindingPresent, prepare };
}
