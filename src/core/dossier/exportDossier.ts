// The one export routine: a dossier built once is written in the chosen format by the entry
// of `dossierFormats` for it, always through `writeFileAtomically`. The app and the CLI only
// choose the path and the PDF printer. A new format is one more entry in the table.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Dossier, DossierFormat } from '../../shared/dossier';
import { checkWriteTarget, writeFileAtomically, type AtomicWriteOptions } from '../files/writeFileAtomically';
import { WorkbenchError } from '../WorkbenchError';
import { buildAnnotationCollection } from './exchange/buildAnnotationCollection';
import { buildClaimReviews } from './exchange/buildClaimReviews';
import { renderDossierHtml } from './html/renderDossierHtml';
import { loadDossierAssets } from './loadDossierAssets';
import { writeDossierMarkdown } from './markdown/writeDossierMarkdown';

/**
 * Prints dossier HTML to PDF bytes: Electron's printToPDF in the app, Chromium in the CLI.
 * On `signal` it stops printing and rejects.
 */
export type DossierPrinter = (html: string, signal?: AbortSignal) => Promise<Uint8Array>;

export type DossierExportStep = 'building' | 'printing' | 'writing' | 'done';

export interface DossierWriteContext extends AtomicWriteOptions {
  printer?: DossierPrinter;
  progress?: (step: DossierExportStep) => void;
  /** A source's clean text, for the formats that quote around spans or carry the text (annotations, REFI-QDA). */
  sourceText?: (sourceId: number) => string;
  /** Stops the export before anything is written: the target is left as it was. */
  signal?: AbortSignal;
}

export interface DossierFormatWriter {
  /** The extension a save dialog proposes (CSV tables go into one zip). */
  extension: string;
  contentType: string;
  /** What a save dialog calls the file type. */
  fileTypeName: string;
  /** Added to the proposed file name, so a CSV zip says what it holds. */
  nameSuffix?: string;
  /** Carries the sources' clean text (or quotes around spans): the writer needs `context.sourceText`. */
  needsSourceText?: boolean;
  /** Writes the dossier at `target`; returns the files written and their total bytes. */
  write(dossier: Dossier, target: string, context: DossierWriteContext): Promise<DossierExportResult>;
}

export interface DossierExportResult {
  files: string[];
  bytes: number;
}

function stopIfCancelled(context: DossierWriteContext): void {
  if (context.signal?.aborted) throw new WorkbenchError('cancelled', 'The export was stopped; nothing was written.');
}

const writeOne = (target: string, data: string | Uint8Array, context: DossierWriteContext): DossierExportResult => {
  stopIfCancelled(context);
  context.progress?.('writing');
  return { files: [target], bytes: writeFileAtomically(target, data, context) };
};

const needText = (context: DossierWriteContext): ((sourceId: number) => string) => {
  if (!context.sourceText) throw new WorkbenchError('invalid-input', 'This format needs the sources\' text; none was given.');
  return context.sourceText;
};

// The writers of one format each load their packages (pdf-lib, xmlbuilder2, csv-stringify,
// fflate) when that format is written, so opening a case or listing its sources never pays for them.
const pdfMetadata = () => import('./pdf/stampPdfMetadata');
const refiQdaCodebook = () => import('./exchange/buildRefiQdaCodebook');
const refiQdaProject = () => import('./exchange/buildRefiQdaProject');
const csvTables = () => import('./csv/writeDossierCsv');

const jsonLines = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const dossierHtml = (dossier: Dossier) => renderDossierHtml(dossier, loadDossierAssets());

export const dossierFormats: Record<DossierFormat, DossierFormatWriter> = {
  pdf: {
    extension: 'pdf',
    contentType: 'application/pdf',
    fileTypeName: 'PDF document',
    async write(dossier, target, context) {
      if (!context.printer) throw new WorkbenchError('invalid-input', 'A PDF needs a printer; none was given.');
      // Refused before Chromium spends seconds printing for a target that would be refused anyway.
      checkWriteTarget(target, context);
      context.progress?.('printing');
      const printed = await context.printer(dossierHtml(dossier), context.signal).catch((error: unknown) => {
        stopIfCancelled(context);
        throw error;
      });
      const { stampPdfMetadata } = await pdfMetadata();
      const pdf = await stampPdfMetadata(printed, dossier);
      return writeOne(target, pdf, context);
    },
  },
  html: {
    extension: 'html',
    contentType: 'text/html; charset=utf-8',
    fileTypeName: 'Web page',
    write: async (dossier, target, context) => writeOne(target, dossierHtml(dossier), context),
  },
  json: {
    extension: 'json',
    contentType: 'application/json',
    fileTypeName: 'JSON data',
    write: async (dossier, target, context) => writeOne(target, jsonLines(dossier), context),
  },
  annotations: {
    extension: 'jsonld',
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    fileTypeName: 'W3C Web Annotations',
    nameSuffix: ' (annotations)',
    needsSourceText: true,
    write: async (dossier, target, context) => writeOne(target, jsonLines(buildAnnotationCollection(dossier, needText(context))), context),
  },
  claimreview: {
    extension: 'jsonld',
    contentType: 'application/ld+json',
    fileTypeName: 'schema.org ClaimReview',
    nameSuffix: ' (ClaimReview)',
    write: async (dossier, target, context) => writeOne(target, jsonLines(buildClaimReviews(dossier)), context),
  },
  md: {
    extension: 'md',
    contentType: 'text/markdown; charset=utf-8',
    fileTypeName: 'Markdown document',
    write: async (dossier, target, context) => writeOne(target, writeDossierMarkdown(dossier), context),
  },
  qdc: {
    extension: 'qdc',
    contentType: 'application/xml',
    fileTypeName: 'REFI-QDA codebook',
    write: async (dossier, target, context) => writeOne(target, (await refiQdaCodebook()).buildRefiQdaCodebook(dossier), context),
  },
  qdpx: {
    extension: 'qdpx',
    contentType: 'application/zip',
    fileTypeName: 'REFI-QDA project',
    needsSourceText: true,
    async write(dossier, target, context) {
      const { buildRefiQdaProject, refiQdaPackage } = await refiQdaProject();
      return writeOne(target, refiQdaPackage(buildRefiQdaProject(dossier, needText(context))), context);
    },
  },
  csv: {
    extension: 'zip',
    contentType: 'application/zip',
    fileTypeName: 'CSV tables in a zip',
    nameSuffix: ' (CSV)',
    // A target ending in .zip gets one zip; any other name is a folder of CSV files.
    async write(dossier, target, context) {
      const { dossierCsvFiles, dossierCsvZip } = await csvTables();
      if (target.toLowerCase().endsWith('.zip')) return writeOne(target, dossierCsvZip(dossier), context);
      const files = [...dossierCsvFiles(dossier)].map(([name, csv]) => ({ path: join(target, name), csv }));
      for (const file of files) checkWriteTarget(file.path, context);
      stopIfCancelled(context);
      context.progress?.('writing');
      try {
        mkdirSync(target, { recursive: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new WorkbenchError(code === 'EEXIST' || code === 'ENOTDIR' ? 'refused-target' : 'cannot-write', `${target} cannot be made a folder for the CSV files (${code ?? 'error'}).`);
      }
      let bytes = 0;
      for (const file of files) bytes += writeFileAtomically(file.path, file.csv, context);
      return { files: files.map((file) => file.path), bytes };
    },
  },
};

/** Writes a dossier already built; `context.protectedFiles` names the open case. */
export async function exportDossier(dossier: Dossier, format: DossierFormat, target: string, context: DossierWriteContext = {}): Promise<DossierExportResult> {
  stopIfCancelled(context);
  const result = await dossierFormats[format].write(dossier, resolve(target), context);
  context.progress?.('done');
  return result;
}

/** What the app's preview shows: the dossier's HTML and the figures beside it. */
export function dossierPreview(dossier: Dossier): { html: string; fingerprint: string; claims: number; sources: number; generatedAt: string } {
  return { html: dossierHtml(dossier), fingerprint: dossier.case.fingerprint, claims: dossier.counts.claims, sources: dossier.counts.sources, generatedAt: dossier.generatedAt };
}
