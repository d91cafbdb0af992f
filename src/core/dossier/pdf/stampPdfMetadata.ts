import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import type { Dossier } from '../../../shared/dossier';

/** The Info entries the dossier sets, in the order they are written. */
interface InfoEntries {
  title: string;
  subject: string;
  keywords: string;
  author: string | null;
  fingerprint: string;
  schemaVersion: string;
  date: Date | null;
}

function infoEntries(dossier: Dossier): InfoEntries {
  const fingerprint = `sha256:${dossier.case.fingerprint}`;
  const generatedAt = new Date(dossier.generatedAt);
  return {
    title: `Dossier — ${dossier.case.name}`,
    subject: `Triangulate dossier of case "${dossier.case.name}"; case fingerprint ${fingerprint}`,
    keywords: `Triangulate dossier case fingerprint ${fingerprint}`,
    author: dossier.case.analystName || null,
    fingerprint,
    schemaVersion: String(dossier.schemaVersion),
    date: Number.isNaN(generatedAt.getTime()) ? null : generatedAt,
  };
}

/** A PDF text string: a literal string when it is printable ASCII, UTF-16BE with a byte-order mark otherwise. */
function pdfText(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) hex += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** `D:20250318143000+00'00'`, in UTC. */
function pdfDate(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}+00'00')`;
}

/** The last cross-reference section of a PDF whose tail is a classic `xref` table and `trailer`, as Chromium's Skia writes it. */
interface PdfTail {
  xrefOffset: number;
  size: number;
  root: string;
  info: { number: number; generation: number } | null;
  id: string | null;
}

// A PDF ends with its newest trailer; 4 KB holds it with room to spare.
const tailBytes = 4096;

function readTail(pdf: Uint8Array): PdfTail | null {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - tailBytes))).toString('latin1');
  const match = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) return null;
  const trailer = match[1] ?? '';
  const xrefOffset = Number(match[2]);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  // An xref stream or a hybrid file needs a real parser: the caller falls back to one.
  if (!root || !Number.isInteger(size) || /\/(Encrypt|XRefStm)\b/.test(trailer)) return null;
  if (Buffer.from(pdf.subarray(xrefOffset, xrefOffset + 4)).toString('latin1') !== 'xref') return null;
  const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  return {
    xrefOffset,
    size,
    root,
    info: info ? { number: Number(info[1]), generation: Number(info[2]) } : null,
    id: /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1] ?? null,
  };
}

/**
 * Adds the dossier's Info dictionary to Chromium's PDF as an incremental update: the new
 * dictionary, a one-entry cross-reference section and a trailer pointing back at Chromium's,
 * appended after its bytes. Nothing before is parsed or rewritten, so a 10 MB tagged PDF
 * costs a few kilobytes of work instead of a full parse and save (seconds and hundreds of
 * megabytes with pdf-lib).
 */
function appendInfoUpdate(pdf: Uint8Array, tail: PdfTail, entries: InfoEntries): Uint8Array {
  // Reusing the old Info object's number supersedes it; a file without one gets a new object.
  const number = tail.info?.number ?? tail.size;
  const generation = tail.info?.generation ?? 0;
  const size = Math.max(tail.size, number + 1);
  const lines = [
    `/Title ${pdfText(entries.title)}`,
    `/Subject ${pdfText(entries.subject)}`,
    `/Keywords ${pdfText(entries.keywords)}`,
    ...(entries.author ? [`/Author ${pdfText(entries.author)}`] : []),
    '/Creator (Triangulate)',
    '/Producer (Triangulate with Chromium)',
    ...(entries.date ? [`/CreationDate ${pdfDate(entries.date)}`, `/ModDate ${pdfDate(entries.date)}`] : []),
    `/CaseFingerprint ${pdfText(entries.fingerprint)}`,
    `/DossierSchemaVersion ${pdfText(entries.schemaVersion)}`,
  ];
  const lastByte = pdf[pdf.length - 1];
  const lead = lastByte === 0x0a || lastByte === 0x0d ? '' : '\n';
  const objectOffset = pdf.length + lead.length;
  const object = `${lead}${number} ${generation} obj\n<<${lines.join('\n')}>>\nendobj\n`;
  const xrefOffset = objectOffset + Buffer.byteLength(object, 'latin1') - lead.length;
  // Each cross-reference entry is exactly 20 bytes: offset, generation, type, two-byte line end.
  const xref = `xref\n${number} 1\n${String(objectOffset).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
  const trailer = `trailer\n<</Size ${size}\n/Root ${tail.root}\n/Info ${number} ${generation} R\n/Prev ${tail.xrefOffset}${tail.id ? `\n/ID ${tail.id}` : ''}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  const update = Buffer.from(object + xref + trailer, 'latin1');
  const stamped = new Uint8Array(pdf.length + update.length);
  stamped.set(pdf, 0);
  stamped.set(update, pdf.length);
  return stamped;
}

/** The slow path for a PDF whose tail is not a classic cross-reference table: a full parse and save. */
async function rewriteInfo(pdf: Uint8Array, entries: InfoEntries): Promise<Uint8Array> {
  const pdfDocument = await PDFDocument.load(pdf, { updateMetadata: false });
  pdfDocument.setTitle(entries.title, { showInWindowTitleBar: true });
  pdfDocument.setSubject(entries.subject);
  pdfDocument.setKeywords([entries.keywords]);
  if (entries.author) pdfDocument.setAuthor(entries.author);
  pdfDocument.setCreator('Triangulate');
  pdfDocument.setProducer('Triangulate with Chromium');
  pdfDocument.setLanguage('en');
  if (entries.date) {
    pdfDocument.setCreationDate(entries.date);
    pdfDocument.setModificationDate(entries.date);
  }
  // setTitle and friends have created the Info dictionary; pdf-lib keeps its getter private.
  const info = pdfDocument.context.lookup(pdfDocument.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('CaseFingerprint'), PDFString.of(entries.fingerprint));
  info.set(PDFName.of('DossierSchemaVersion'), PDFString.of(entries.schemaVersion));
  return pdfDocument.save({ useObjectStreams: false });
}

/**
 * Writes the dossier's identity into the PDF's Info dictionary: Chromium sets only the title,
 * so the fingerprint goes into Subject, Keywords and a `CaseFingerprint` entry of its own.
 * The document structure (tags, outline, language) is kept as Chromium wrote it.
 */
export async function stampPdfMetadata(pdf: Uint8Array, dossier: Dossier): Promise<Uint8Array> {
  const entries = infoEntries(dossier);
  const tail = readTail(pdf);
  return tail ? appendInfoUpdate(pdf, tail, entries) : rewriteInfo(pdf, entries);
}
