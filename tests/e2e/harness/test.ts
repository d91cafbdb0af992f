import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppHarness } from './AppHarness';
import { electronExecutable, launchMode } from './launchMode';
import { launchChromiumHarness } from './launchChromiumHarness';
import { launchElectronHarness } from './launchElectronHarness';

const projectRoot = resolve(import.meta.dirname, '../../..');
const rendererDir = join(projectRoot, 'out/renderer');

/**
 * `app` is the launched workbench on its own temp case. After every spec it checks the
 * promise the app makes: no request left the page.
 */
export const test = base.extend<{ app: AppHarness }>({
  app: async ({ browser, colorScheme }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new Error('The renderer is not built: run `npm run build` (or `npm run test:e2e`, which builds first).');
    }
    const scheme = colorScheme === 'dark' ? 'dark' : 'light';
    const executable = electronExecutable();
    const app =
      launchMode() === 'electron' && executable
        ? await launchElectronHarness(executable, projectRoot, scheme)
        : await launchChromiumHarness(browser, rendererDir, scheme);
    await use(app);
    const leaked = [...app.leakedRequests()];
    const status = await app.networkStatus().catch(() => undefined);
    await app.close();
    expect(leaked, 'requests that tried to leave the page').toEqual([]);
    if (status) expect(status.blockedRequests, 'requests the network guard blocked').toBe(0);
  },
});

export { expect };
