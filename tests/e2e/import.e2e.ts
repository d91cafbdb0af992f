import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { LibraryPage } from './pages/LibraryPage';

function articleFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-import-'));
  writeFileSync(
    join(folder, 'harbour-report.txt'),
    'Harbour reopens after storm\n\nThe northern harbour reopened on Monday after a week of repairs, the port authority said.\n\nFishing boats returned to the quay before dawn.\n',
  );
  writeFileSync(
    join(folder, 'council-vote.txt'),
    'Council approves new bridge\n\nThe city council voted 31 to 4 on Tuesday to build a footbridge across the river.\n\nWork is expected to start next spring.\n',
  );
  // Enough further files that the import parses on the app's worker threads, as large imports do.
  for (let number = 1; number <= 18; number += 1) {
    writeFileSync(
      join(folder, `river-level-${number}.txt`),
      `River level bulletin ${number}\n\nThe river at gauge ${number} stood ${number * 7} centimetres above its summer mean on Wednesday, the water board said.\n\nNo flood warning was issued for the valley.\n`,
    );
  }
  // A binary file saved with a text extension: ingest must refuse it and say why.
  writeFileSync(join(folder, 'scanned-page.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  return folder;
}

test('importing a folder imports the good files and lists the bad one with its reason', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const library = new LibraryPage(app.page);
  await library.expectSourceCount(5);
  const folder = articleFolder();
  try {
    // Record every progress label the page renders, however briefly it shows.
    await app.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const label = document.querySelector('.import-progress-label');
        if (label?.textContent) seen.push(label.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await app.setImportSelection([folder]);
    await library.importFolderButton.click();

    await expect(library.importReport).toContainText('20 sources imported');
    await expect(library.importReport).toContainText('1 file failed');
    const failures = library.importReport.getByRole('list', { name: 'Files that failed' });
    await expect(failures.getByRole('listitem')).toHaveCount(1);
    await expect(failures).toContainText('scanned-page.txt');
    await library.expectSourceCount(25);
    await expect(library.row('Harbour reopens after storm')).toHaveCount(1);
    await expect(library.row('Council approves new bridge')).toHaveCount(1);
    await expect(library.row('River level bulletin 18')).toHaveCount(1);
    await expect(shell.statusBar).toContainText('25 sources');
    const progressSeen = await app.page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(progressSeen.some((label) => label.startsWith('Importing'))).toBe(true);
    await shell.saveScreenshots('library-import-report');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('importing the same files again reports them as duplicates, not new sources', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.expectSourceCount(5);
  const folder = articleFolder();
  try {
    await app.setImportSelection([join(folder, 'harbour-report.txt')]);
    await library.importFilesButton.click();
    await expect(library.importReport).toContainText('1 source imported');
    await library.importReport.getByRole('button', { name: /Dismiss|Done/ }).click();

    await app.setImportSelection([join(folder, 'harbour-report.txt')]);
    await library.importFilesButton.click();
    await expect(library.importReport).toContainText('0 sources imported, 1 duplicate skipped');
    await expect(library.importReport).toContainText('harbour-report.txt has the same bytes');
    await library.expectSourceCount(6);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
