import { test as base, expect } from '@playwright/test';
import type { AppHarness } from './AppHarness';
import { assertAppIsBuilt, projectRoot, rendererDir } from './builtApp';
import { electronExecutable, launchMode } from './launchMode';
import { launchChromiumHarness } from './launchChromiumHarness';
import { launchElectronHarness } from './launchElectronHarness';
import { createSampleTemplate } from './sampleCaseTemplate';

/**
 * Tag for specs that need a page of their own (a preview of an exported file, say):
 * Playwright's Electron cannot create one (`context.newPage()`), so in Electron mode they are
 * skipped; `npm test` runs every spec in Chromium mode as well. Axe scans do not need it (they
 * run in legacy mode, see scanAccessibility).
 */
export const chromiumOnly = { tag: '@chromium-only' } as const;

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
  app: async ({ browser, colorScheme, sampleCase }, use, testInfo) => {
    assertAppIsBuilt();
    const scheme = colorScheme === 'dark' ? 'dark' : 'light';
    const executable = electronExecutable();
    const isElectron = launchMode() === 'electron' && executable !== undefined;
    testInfo.skip(
      isElectron && testInfo.tags.includes(chromiumOnly.tag),
      'needs a page of its own (context.newPage), which Playwright cannot open in Electron; runs in Chromium mode',
    );
    const app =
      isElectron
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
