import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticles } from '../helpers/writeArticles';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { LibraryPage } from './pages/LibraryPage';

test('a long analysis shows its progress and can be stopped, leaving the claims as they were', async ({ app }) => {
  test.setTimeout(120_000);
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-e2e-stop-'));
  try {
    // Enough new articles that the run takes seconds, so there is time to stop it.
    writeArticles(folder, 300, 0, 7);
    await shell.show('Library');
    await app.setImportSelection(readdirSync(folder).map((name) => join(folder, name)));
    await library.importFilesButton.click();
    await library.expectSourceCount(305);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await shell.show('Claims');
  const claimCount = app.page.getByTestId('claim-count');
  const before = await claimCount.textContent();
  await app.page.getByRole('button', { name: 'Re-run analysis' }).click();
  const stop = app.page.getByRole('button', { name: 'Stop analysis' });
  await expect(app.page.getByRole('status').filter({ hasText: /of [\d,]+/ })).toBeVisible();
  // Stopped at once (no screenshot first): the run must still be going when the click lands.
  await stop.click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Analysis stopped' })).toContainText('the case is as it was before the run');
  await expect(claimCount).toHaveText(before ?? '');

  await app.page.getByRole('button', { name: 'Re-run analysis' }).click();
  await expect(app.page.getByRole('status').filter({ hasText: 'Analysis brought up to date' })).toContainText('300 sources re-read', { timeout: 90_000 });
});
