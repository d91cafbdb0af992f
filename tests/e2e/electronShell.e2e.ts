import type { ElectronApplication } from '@playwright/test';
import { expect, test } from './harness/test';

// Checks only the real app can answer: the window's settings and what the page can reach.
test.describe('Electron shell', () => {
  test.beforeEach(({ app }) => {
    test.skip(app.mode !== 'electron', 'needs the Electron binary');
  });

  test('every window is sandboxed, isolated and without Node', async ({ app }) => {
    const electronApp = (app as typeof app & { electronApp?: ElectronApplication }).electronApp;
    if (!electronApp) throw new Error('Electron mode without an Electron app.');
    // getLastWebPreferences is not in Electron's typings but reports what the window runs with.
    const preferences = await electronApp.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        const contents = window.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
        return contents.getLastWebPreferences?.() ?? null;
      }),
    );
    expect(preferences.length).toBeGreaterThan(0);
    for (const preference of preferences) {
      expect(preference).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webviewTag: false,
        webSecurity: true,
        spellcheck: false,
      });
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
    const before = app.page.url();
    await app.page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect(app.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    expect(app.page.url()).toBe(before);
  });
});
