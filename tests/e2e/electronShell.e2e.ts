import type { ElectronApplication } from '@playwright/test';
import type { AppHarness } from './harness/AppHarness';
import { expect, test } from './harness/test';

// Checks only the real app can answer: the window's settings and what the page can reach.
test.describe('Electron shell', () => {
  test.beforeEach(({ app }) => {
    test.skip(app.mode !== 'electron', 'needs the Electron binary');
  });

  test('every window is sandboxed, isolated and without Node', async ({ app }) => {
    const electronApp = electronAppOf(app);
    // getLastWebPreferences is not in Electron's typings but reports what the window runs with.
    const { version, preferences } = await electronApp.evaluate(({ BrowserWindow }) => ({
      version: process.versions.electron,
      preferences: BrowserWindow.getAllWindows().map((window) => {
        const contents = window.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
        return contents.getLastWebPreferences?.() ?? null;
      }),
    }));
    expect(preferences.length).toBeGreaterThan(0);
    // Electron 25 leaves these two out of getLastWebPreferences; where reported they must hold.
    const whereReported: Record<string, unknown> = { nodeIntegrationInWorker: false, spellcheck: false };
    for (const preference of preferences) {
      expect(preference).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
      });
      const reported = Object.keys(whereReported).filter((key) => preference && key in preference);
      expect(Object.fromEntries(reported.map((key) => [key, preference?.[key]]))).toEqual(
        Object.fromEntries(reported.map((key) => [key, whereReported[key]])),
      );
      const unreported = Object.keys(whereReported).filter((key) => !reported.includes(key));
      if (unreported.length > 0) {
        test.info().annotations.push({ type: 'not reported', description: `Electron ${version} does not report ${unreported.join(', ')}` });
      }
    }
    const globals = await app.page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridgeKeys: Object.keys(window.workbench).sort(),
    }));
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.bridgeKeys).toContain('sources:list');
  });

  test('navigating to an https address leaves the page where it is', async ({ app }) => {
    const electronApp = electronAppOf(app);
    const before = app.page.url();
    // Main sees the attempt (will-navigate, where the app refuses it) before the page is checked.
    await electronApp.evaluate(({ BrowserWindow }) => {
      const asked: string[] = [];
      (globalThis as unknown as { navigationsAsked: string[] }).navigationsAsked = asked;
      for (const window of BrowserWindow.getAllWindows()) window.webContents.on('will-navigate', (_event, url) => asked.push(url));
    });
    const navigationsAsked = () => electronApp.evaluate(() => (globalThis as unknown as { navigationsAsked: string[] }).navigationsAsked);
    await app.page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(navigationsAsked).toEqual(['https://example.com/']);
    // Playwright waits for a refused navigation to "finish" with this Chromium (114), so the
    // page is read directly rather than through an auto-waiting locator.
    expect(await app.page.evaluate(() => window.location.href)).toBe(before);
    expect(await app.page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(true);
    expect(await electronApp.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()))).toEqual([before]);
  });
});

function electronAppOf(app: AppHarness): ElectronApplication {
  const electronApp = (app as AppHarness & { electronApp?: ElectronApplication }).electronApp;
  if (!electronApp) throw new Error('Electron mode without an Electron app.');
  return electronApp;
}
