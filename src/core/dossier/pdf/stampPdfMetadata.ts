import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { Dossier } from '../../../shared/dossier';

/**
 * Writes the dossier's identity into the PDF's Info dictionary: Chromium sets only the title,
 * so the fingerprint goes into Subject, Keywords and a `CaseFingerprint` entry of its own.
 * The document structure (tags, outline) is kept as Chromium wrote it.
 */
export async function stampPdfMetadata(pdf: Uint8Array, dossier: Dossier): Promise<Uint8Array> {
  const pdfDocument = await PDFDocument.load(pdf, { updateMetadata: false });
  const fingerprint = `sha256:${dossier.case.fingerprint}`;
  pdfDocument.setTitle(`Dossier — ${dossier.case.name}`, { showInWindowTitleBar: true });
  pdfDocument.setSubject(`Triangulate dossier of case "${dossier.case.name}"; case fingerprint ${fingerprint}`);
  pdfDocument.setKeywords(['Triangulate dossier', `case fingerprint ${fingerprint}`]);
  if (dossier.case.analystName) pdfDocument.setAuthor(dossier.case.analystName);
  pdfDocument.setCreator('Triangulate');
  pdfDocument.setLanguage('en');
  const generatedAt = new Date(dossier.generatedAt);
  if (!Number.isNaN(generatedAt.getTime())) {
    pdfDocument.setCreationDate(generatedAt);
    pdfDocument.setModificationDate(generatedAt);
  }
  // setTitle and friends have created the Info dictionary; pdf-lib keeps its getter private.
  const info = pdfDocument.context.lookup(pdfDocument.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('CaseFingerprint'), PDFString.of(fingerprint));
  info.set(PDFName.of('DossierSchemaVersion'), PDFString.of(String(dossier.schemaVersion)));
  return pdfDocument.save({ useObjectStreams: false });
}
