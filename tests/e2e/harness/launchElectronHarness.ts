import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NetworkStatus, Result } from '../../../src/shared/api';
import type { AppHarness } from './AppHarness';
import { copyCase } from './sampleCaseTemplate';

/** The real app: main, worker, preload and renderer, on a temp case and a temp profile. */
export async function launchElectronHarness(
  executablePath: string,
  projectRoot: string,
  colorScheme: 'light' | 'dark',
  templateCase: string,
): Promise<AppHarness & { electronApp: ElectronApplication }> {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-e2e-'));
  const casePath = copyCase(templateCase, folder);
  const electronApp = await electron.launch({
    executablePath,
    // No GPU under Xvfb; without the switch Chromium logs GPU process errors on every launch.
    args: ['--disable-gpu', join(projectRoot, 'out/main/index.cjs')],
    cwd: projectRoot,
    colorScheme,
    env: { ...process.env, TRIANGULATE_CASE: casePath, TRIANGULATE_USER_DATA: join(folder, 'profile') },
  });
  const page = await electronApp.firstWindow();
  // Ready as the Chromium harness's goto leaves it: loaded, and the shell (whose effects hold
  // the keyboard shortcuts) rendered. A spec that presses a key at once otherwise loses it.
  await page.waitForLoadState('load');
  await page.getByRole('navigation', { name: 'Views' }).waitFor();
  const leaked: string[] = [];
  page.on('requestfailed', (request) => {
    // A load the page's CSP refused never left it (Chromium mode never sees those either);
    // anything else that failed off app:// was a request on its way out.
    const isRefusedByCsp = /^(csp|net::ERR_BLOCKED_BY_CSP)$/.test(request.failure()?.errorText ?? '');
    if (!request.url().startsWith('app://') && !isRefusedByCsp) leaked.push(request.url());
  });

  return {
    mode: 'electron',
    electronApp,
    page,
    casePath,
    setImportSelection: async (paths) => {
      await electronApp.evaluate(({ dialog }, selected) => {
        const answer = { canceled: false, filePaths: selected };
        // Replaced once: the next dialog answers with the spec's paths.
        dialog.showOpenDialog = (async () => answer) as typeof dialog.showOpenDialog;
      }, [...paths]);
    },
    setSaveSelection: async (path) => {
      await electronApp.evaluate(({ dialog }, selected) => {
        const answer = { canceled: selected === null, filePath: selected ?? '' };
        dialog.showSaveDialog = (async () => answer) as typeof dialog.showSaveDialog;
      }, path);
    },
    networkStatus: async () => {
      const result = (await page.evaluate(() => window.workbench['shell:network-status']({}))) as Result<NetworkStatus>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    leakedRequests: () => leaked,
    close: async () => {
      await electronApp.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
