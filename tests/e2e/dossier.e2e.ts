import { unzipSync, strFromU8 } from 'fflate';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BridgeOutput, Result } from '../../src/shared/api';
import { seriousViolations } from './harness/scanAccessibility';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { DossierPage } from './pages/DossierPage';

type Claims = BridgeOutput<'claims:list'>['claims'];
type Sources = BridgeOutput<'sources:list'>;

async function caseData(page: Page): Promise<{ claims: Claims; sources: Sources }> {
  const [claims, sources] = (await page.evaluate(() => Promise.all([window.workbench['claims:list']({}), window.workbench['sources:list']({})]))) as [
    Result<{ claims: Claims }>,
    Result<Sources>,
  ];
  if (!claims.ok || !sources.ok) throw new Error('The case could not be read through the bridge.');
  return { claims: claims.value.claims, sources: sources.value };
}

/** Text as the dossier prints it: HTML-escaped wording compared after the browser decodes it. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the preview shows the claims and the sources’ hashes, and follows the filter', async ({ app }) => {
  const shell = new AppShellPage(app.page);
  const dossier = new DossierPage(app.page);
  await shell.show('Dossier');
  await dossier.expectLoaded();
  const { claims, sources } = await caseData(app.page);
  const contested = claims.filter((claim) => claim.status === 'contested');
  const uncontested = claims.find((claim) => claim.status !== 'contested' && !contested.some((other) => other.text.includes(claim.text)));
  expect(contested.length).toBeGreaterThan(0);
  expect(uncontested).toBeDefined();

  const allText = squash(await dossier.previewText());
  expect(allText).toContain(squash(uncontested?.text ?? ''));
  for (const source of sources) expect(allText).toContain(source.sha256);
  await expect(dossier.fingerprint).toHaveText(/^[0-9a-f]{16}…$/);

  await dossier.filter('Contested claims').check();
  await expect.poll(async () => squash(await dossier.previewText())).not.toContain(squash(uncontested?.text ?? ''));
  await dossier.expectLoaded();
  const contestedText = squash(await dossier.previewText());
  expect(contestedText).toContain(squash(contested[0]?.text ?? ''));
});

test('HTML and CSV exports go where the save dialog says, with the claims in them', async ({ app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-'));
  try {
    const shell = new AppShellPage(app.page);
    const dossier = new DossierPage(app.page);
    await shell.show('Dossier');
    await dossier.expectLoaded();
    const { claims } = await caseData(app.page);
    const claim = claims[0];
    if (!claim) throw new Error('The sample case has no claims.');

    const htmlPath = join(folder, 'dossier.html');
    await app.setSaveSelection(htmlPath);
    await dossier.exportButton('HTML').click();
    await expect(dossier.savedPath).toHaveText(htmlPath);
    expect(existsSync(htmlPath)).toBe(true);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('<!doctype html>');
    expect(html).not.toMatch(/<script/i);
    // Decoded by the browser's own parser in the app's window (Electron cannot open a page of its own).
    const htmlText = await app.page.evaluate((markup) => new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '', html);
    expect(squash(htmlText)).toContain(squash(claim.text));

    const zipPath = join(folder, 'dossier.zip');
    await app.setSaveSelection(zipPath);
    await dossier.exportButton('CSV').click();
    await expect(dossier.savedPath).toHaveText(zipPath);
    const files = unzipSync(readFileSync(zipPath));
    expect(Object.keys(files).sort()).toEqual(['annotations.csv', 'claims.csv', 'mentions.csv', 'sources.csv']);
    const claimsCsv = strFromU8(files['claims.csv'] ?? new Uint8Array());
    // A claim's wording lands in one CSV cell, quotes doubled as RFC 4180 asks.
    expect(claimsCsv).toContain(claim.text.replace(/"/g, '""'));

    // Cancelling the dialog writes nothing and says so.
    await app.setSaveSelection(null);
    await dossier.exportButton('JSON').click();
    await expect(app.page.getByText('Export cancelled.')).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('Markdown and the REFI-QDA project export from the view, each what its format says', async ({ app }) => {
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-'));
  try {
    const shell = new AppShellPage(app.page);
    const dossier = new DossierPage(app.page);
    await shell.show('Dossier');
    await dossier.expectLoaded();
    const markdownPath = join(folder, 'dossier.md');
    await app.setSaveSelection(markdownPath);
    await dossier.exportButton('Markdown').click();
    await expect(dossier.savedPath).toHaveText(markdownPath);
    expect(readFileSync(markdownPath, 'utf8')).toMatch(/^# /);

    const projectPath = join(folder, 'case.qdpx');
    await app.setSaveSelection(projectPath);
    await app.page.getByRole('button', { name: 'QDA project…' }).click();
    await expect(dossier.savedPath).toHaveText(projectPath);
    const entries = Object.keys(unzipSync(readFileSync(projectPath)));
    expect(entries).toContain('project.qde');
    expect(entries.filter((name) => name.startsWith('Sources/'))).toHaveLength(5);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the Dossier view has no serious accessibility violation in either theme', async ({ app }) => {
  test.setTimeout(90_000);
  const shell = new AppShellPage(app.page);
  const dossier = new DossierPage(app.page);
  await shell.show('Dossier');
  await dossier.expectLoaded();
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.page.emulateMedia({ colorScheme });
    // The frame holds the exported dossier (checked with the core's HTML) and runs no script, so the
    // scan leaves it out and checks the view around it.
    expect(await seriousViolations(app, `${colorScheme}: `)).toEqual([]);
  }
  await expect(dossier.previewFrame).toHaveAttribute('sandbox', '');
  await shell.saveScreenshots('dossier-view');
});
