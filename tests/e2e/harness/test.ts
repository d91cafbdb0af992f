import { test as base, expect } from '@playwright/test';
import type { AppHarness } from './AppHarness';
import { assertAppIsBuilt, projectRoot, rendererDir } from './builtApp';
import { electronExecutable, launchMode } from './launchMode';
import { launchChromiumHarness } from './launchChromiumHarness';
import { launchElectronHarness } from './launchElectronHarness';
import { createSampleTemplate } from './sampleCaseTemplate';


/**
 * `app` is the launched workbench on its own temp case. After every spec it checks the
 * promise the app makes: no request left the page.
 */
export const test = base.extend<{ app: AppHarness }, { sampleCase: string }>({
  sampleCase: [
    async ({}, use) => {
      assertAppIsBuilt();
      const template = await createSampleTemplate();
      await use(template.path);
      template.dispose();
    },
    { scope: 'worker' },
  ],
  app: async ({ browser, colorScheme, sampleCase }, use) => {
    assertAppIsBuilt();
    const scheme = colorScheme === 'dark' ? 'dark' : 'light';
    const executable = electronExecutable();
    const app =
      launchMode() === 'electron' && executable
        ? await launchElectronHarness(executable, projectRoot, scheme, sampleCase)
        : await launchChromiumHarness(browser, rendererDir, scheme, sampleCase);
    await use(app);
    const leaked = [...app.leakedRequests()];
    const status = await app.networkStatus().catch(() => undefined);
    await app.close();
    expect(leaked, 'requests that tried to leave the page').toEqual([]);
    if (status) expect(status.blockedRequests, 'requests the network guard blocked').toBe(0);
  },
});

export { expect };
