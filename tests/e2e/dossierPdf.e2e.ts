// The PDF dossier exported through the app, read back with poppler's pdftotext. In Electron
// mode this is main's real path (save dialog, hidden window, webContents.printToPDF): the
// regression test for "PDF export fails in the built app".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BridgeOutput, Result } from '../../src/shared/api';
import { expect, test } from './harness/test';
import { AppShellPage } from './pages/AppShellPage';
import { DossierPage } from './pages/DossierPage';

type Claims = BridgeOutput<'claims:list'>['claims'];
type CaseInfo = BridgeOutput<'case:info'>;

/** Text as pdftotext gives it back: ligatures unfolded, line breaks and runs of spaces as one space. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

function pdfText(path: string, extra: readonly string[] = []): string {
  const result = spawnSync('pdftotext', [...extra, '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error(`pdftotext could not run (apt-get install poppler-utils): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`pdftotext refused ${path}: ${result.stderr}`);
  return result.stdout;
}

test('the PDF dossier is printed through the app, with the case title and the claims in it', async ({ app }) => {
  test.setTimeout(90_000);
  const folder = mkdtempSync(join(tmpdir(), 'triangulate-pdf-'));
  try {
    const shell = new AppShellPage(app.page);
    const dossier = new DossierPage(app.page);
    await shell.show('Dossier');
    await dossier.expectLoaded();
    const [claimsResult, caseResult] = (await app.page.evaluate(() =>
      Promise.all([window.workbench['claims:list']({}), window.workbench['case:info']({})]),
    )) as [Result<{ claims: Claims }>, Result<CaseInfo>];
    if (!claimsResult.ok || !caseResult.ok) throw new Error('The case could not be read through the bridge.');
    const claims = claimsResult.value.claims;
    const caseName = caseResult.value.name;
    expect(claims.length).toBeGreaterThan(0);

    const pdfPath = join(folder, 'dossier.pdf');
    await app.setSaveSelection(pdfPath);
    await dossier.exportButton('PDF').click();
    // Printing takes a few seconds on a loaded machine; the status line says where it went.
    await expect(dossier.savedPath).toHaveText(pdfPath, { timeout: 60_000 });

    const bytes = readFileSync(pdfPath);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = squash(pdfText(pdfPath));
    expect(text).toContain(squash(caseName));
    // Every claim of the dossier (the default filter holds all of them) is printed in full.
    const missing = claims.map((claim) => squash(claim.text)).filter((claimText) => !text.includes(claimText));
    expect(missing).toEqual([]);
    // The document's own title, as a reader's PDF viewer shows it.
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(new RegExp(`^Title:\\s+Dossier — ${caseName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
