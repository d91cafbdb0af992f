import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import type { Dossier } from '../../../src/shared/dossier';
import { buildDossierCase } from './buildDossierCase';

const run = (command: string, ...args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
};
/** PDF text and source text compared without whitespace: line breaks and table columns move spaces, never letters. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function exportPdf(casePath: string, out: string, ...extra: string[]): Promise<void> {
  let stderr = '';
  const code = await runCli(['export', '--case', casePath, '--format', 'pdf', '--out', out, ...extra], { out: () => undefined, err: (text) => (stderr += text) });
  if (code !== 0) throw new Error(`export failed: ${stderr}`);
}

describe('the PDF dossier', () => {
  let folder: string;
  let dossier: Dossier;
  let pdfPath: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-pdf-'));
    const { casePath, workbench } = await buildDossierCase(folder);
    dossier = workbench.dossier({ analystName: 'Ada Analyst', includeAppendix: true });
    workbench.close();
    pdfPath = join(folder, 'dossier.pdf');
    await exportPdf(casePath, pdfPath, '--appendix', '--analyst', 'Ada Analyst');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('holds every exported claim, every evidence quote and every source hash as text', () => {
    // -raw keeps the order Chromium painted the text in, so a table cell's text stays together.
    const text = squeeze(run('pdftotext', '-raw', '-enc', 'UTF-8', pdfPath, '-'));
    expect(dossier.claims.length).toBeGreaterThan(50);
    const missingClaims = dossier.claims.filter((claim) => !text.includes(squeeze(claim.text))).map((claim) => claim.label);
    const missingQuotes = dossier.claims.flatMap((claim) => claim.mentions.filter((mention) => !text.includes(squeeze(mention.text))).map(() => claim.label));
    const missingHashes = dossier.sources.filter((source) => !text.includes(source.sha256)).map((source) => source.label);
    expect({ missingClaims, missingQuotes, missingHashes }).toEqual({ missingClaims: [], missingQuotes: [], missingHashes: [] });
    expect(text).toContain(dossier.case.fingerprint);
    expect(text).toContain(squeeze('<script>alert(1)</script>'));
  });

  it('embeds every font it uses', () => {
    const rows = run('pdffonts', pdfPath).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(1);
    const notEmbedded = rows.filter((row) => {
      // Columns: name type encoding emb sub uni object-id; the name and type may hold spaces, so read from the right.
      const columns = row.trim().split(/\s+/);
      return columns.at(-5) !== 'yes';
    });
    expect(notEmbedded).toEqual([]);
  });

  it('carries no script, no link leaving the document and the fingerprint in its metadata', () => {
    const bytes = readFileSync(pdfPath).toString('latin1');
    expect(bytes).not.toMatch(/\/JavaScript|\/JS\b|\/Launch|\/SubmitForm|\/URI\b|\/GoToR|\/ImportData/);
    const info = run('pdfinfo', pdfPath);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(info).toContain(`sha256:${dossier.case.fingerprint}`);
    expect(info).toMatch(/Author:\s+Ada Analyst/);
    expect(bytes).toContain(`/CaseFingerprint (sha256:${dossier.case.fingerprint})`);
  });

  it('numbers its pages and links its table of contents inside the document', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', pdfPath))?.[1]);
    expect(pages).toBeGreaterThan(3);
    const lastPage = run('pdftotext', '-f', String(pages), '-l', String(pages), pdfPath, '-');
    expect(lastPage).toContain(`page ${pages} of ${pages}`);
    const bytes = readFileSync(pdfPath).toString('latin1');
    expect(bytes).toMatch(/\/Dest|\/GoTo/);
  });

  it('prints on US Letter when asked', async () => {
    const letterPath = join(folder, 'letter.pdf');
    await exportPdf(join(folder, 'dossier.tri'), letterPath, '--paper', 'letter', '--filter', 'contested');
    expect(run('pdfinfo', letterPath)).toMatch(/Page size:\s+612(\.\d+)? x 792(\.\d+)? pts \(letter\)/);
  });
});
