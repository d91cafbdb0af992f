import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampPdfMetadata } from '../../../src/core/dossier/pdf/stampPdfMetadata';
import { ensureSampleCase } from '../../../src/core/sample/ensureSampleCase';
import type { Dossier } from '../../../src/shared/dossier';

/** A two-page PDF written the way Chromium writes one: a classic cross-reference table, or (as pdf-lib does by default) an xref stream. */
async function twoPagePdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.addPage([595, 842]);
  pdf.addPage([595, 842]);
  pdf.setTitle('Written by the printer');
  return pdf.save({ useObjectStreams });
}

async function infoOf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  const fingerprint = info.lookup(PDFName.of('CaseFingerprint'));
  return {
    pages: pdf.getPageCount(),
    title: pdf.getTitle(),
    subject: pdf.getSubject(),
    keywords: pdf.getKeywords(),
    author: pdf.getAuthor(),
    fingerprint: fingerprint instanceof PDFString ? fingerprint.decodeText() : undefined,
  };
}

describe('stamping the dossier PDF metadata', () => {
  let folder: string;
  let dossier: Dossier;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'triangulate-dossier-metadata-'));
    // The case is named after its file: a name with accents and brackets tests the string encoding.
    const workbench = await ensureSampleCase(join(folder, 'Affaire Zoë (draft).tri'));
    dossier = workbench.dossier({ analystName: 'Ada (lead) Analyst' });
    workbench.close();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('appends the fingerprint as an incremental update, leaving the printed bytes as they were', async () => {
    const printed = await twoPagePdf(false);
    const stamped = await stampPdfMetadata(printed, dossier);
    expect(Buffer.from(stamped.subarray(0, printed.length)).equals(Buffer.from(printed))).toBe(true);
    expect(stamped.length - printed.length).toBeLessThan(4096);
    expect(Buffer.from(stamped).toString('latin1')).toContain(`/CaseFingerprint (sha256:${dossier.case.fingerprint})`);
    expect(await infoOf(stamped)).toEqual({
      pages: 2,
      title: 'Dossier — Affaire Zoë (draft)',
      subject: `Triangulate dossier of case "Affaire Zoë (draft)"; case fingerprint sha256:${dossier.case.fingerprint}`,
      keywords: `Triangulate dossier case fingerprint sha256:${dossier.case.fingerprint}`,
      author: 'Ada (lead) Analyst',
      fingerprint: `sha256:${dossier.case.fingerprint}`,
    });
  });

  it('is read the same way by poppler', async () => {
    const path = join(folder, 'stamped.pdf');
    writeFileSync(path, await stampPdfMetadata(await twoPagePdf(false), dossier));
    const pdfinfo = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    if (pdfinfo.error) return; // poppler-utils is installed by .ci/run; a bare machine may lack it.
    expect(pdfinfo.stderr).toBe('');
    expect(pdfinfo.stdout).toMatch(/Title:\s+Dossier — Affaire Zoë \(draft\)/);
    expect(pdfinfo.stdout).toContain(`sha256:${dossier.case.fingerprint}`);
    expect(pdfinfo.stdout).toMatch(/Pages:\s+2/);
  });

  it('rewrites a PDF whose cross-references are a stream, with the same metadata', async () => {
    const stamped = await stampPdfMetadata(await twoPagePdf(true), dossier);
    const info = await infoOf(stamped);
    expect(info.fingerprint).toBe(`sha256:${dossier.case.fingerprint}`);
    expect(info.title).toBe('Dossier — Affaire Zoë (draft)');
    expect(info.pages).toBe(2);
  });
});
