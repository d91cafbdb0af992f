import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

export type LaunchMode = 'electron' | 'chromium';

const require = createRequire(import.meta.url);

/** The Electron binary, when this machine has one: ELECTRON_OVERRIDE_DIST_PATH or a normal install. */
export function electronExecutable(): string | undefined {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const names = process.platform === 'win32' ? ['electron.exe'] : process.platform === 'darwin' ? ['Electron.app/Contents/MacOS/Electron'] : ['electron'];
    const found = names.map((name) => join(override, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(executable) ? executable : undefined;
  } catch {
    return undefined;
  }
}

/** `TRIANGULATE_E2E_MODE=chromium` forces the bridged mode even where Electron exists. */
export function launchMode(): LaunchMode {
  if (process.env.TRIANGULATE_E2E_MODE === 'chromium') return 'chromium';
  if (process.env.TRIANGULATE_E2E_MODE === 'electron') return 'electron';
  return electronExecutable() ? 'electron' : 'chromium';
}

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  return candidates.find((path) => existsSync(path));
}

// Background networking would try to reach Google's services; the specs assert that no
// request leaves the page, and these flags keep the browser itself quiet too.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
];
