import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { dossierCsvZip } from '../../core/dossier/csv/writeDossierCsv';
import { stampPdfMetadata } from '../../core/dossier/pdf/stampPdfMetadata';
import type { BridgeEventPayload, Result, ShellApi } from '../../shared/api';
import type { Dossier, DossierFormat, DossierOptionsInput } from '../../shared/dossier';
import { dossierSaveTarget } from './dossierSaveTarget';

type ExportInput = z.output<ShellApi['dossier:export']['input']>;
type ExportOutput = z.output<ShellApi['dossier:export']['output']>;
type ExportStep = BridgeEventPayload<'dossier:did-export-progress'>['step'];

export interface DossierExportDeps {
  /** A Workbench call, as main's worker client answers it. */
  call(method: 'dossier:data' | 'dossier:preview' | 'case:info', input: unknown): Promise<Result<unknown>>;
  /** The native save dialog; null when the analyst cancels. */
  chooseSavePath(target: ReturnType<typeof dossierSaveTarget>): Promise<string | null>;
  printPdf(html: string): Promise<Uint8Array>;
  progress(format: DossierFormat, step: ExportStep): void;
}

async function unwrap<T>(result: Promise<Result<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw Object.assign(new Error(settled.error.message), { code: settled.error.code });
  // The worker answers with the contract's output for the method asked.
  return settled.value as T;
}

/** Writes next to the target and renames, so a failed export never leaves half a file. */
function writeAtomically(path: string, data: string | Uint8Array): number {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.partial`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}

/**
 * The app's export: asks where to save, builds the dossier in the Workbench's worker (which
 * only reads the case), and writes it. HTML, CSV and JSON come from the core writers; PDF is
 * the same HTML printed by Chromium.
 */
export async function exportDossier({ format, options }: ExportInput, deps: DossierExportDeps): Promise<ExportOutput> {
  const caseInfo = await unwrap<{ name: string }>(deps.call('case:info', {}));
  const path = await deps.chooseSavePath(dossierSaveTarget(format, caseInfo.name));
  if (!path) return { path: null, bytes: 0 };
  deps.progress(format, 'building');
  // One clock for every part, so the HTML and the data describe the same dossier.
  const stamped: DossierOptionsInput = { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() };
  let bytes: number;
  if (format === 'html' || format === 'pdf') {
    const { html } = await unwrap<{ html: string }>(deps.call('dossier:preview', stamped));
    if (format === 'html') {
      deps.progress(format, 'writing');
      bytes = writeAtomically(path, html);
    } else {
      const dossier = await unwrap<Dossier>(deps.call('dossier:data', stamped));
      deps.progress(format, 'printing');
      const pdf = await stampPdfMetadata(await deps.printPdf(html), dossier);
      deps.progress(format, 'writing');
      bytes = writeAtomically(path, pdf);
    }
  } else {
    const dossier = await unwrap<Dossier>(deps.call('dossier:data', stamped));
    deps.progress(format, 'writing');
    bytes = writeAtomically(path, format === 'json' ? `${JSON.stringify(dossier, null, 2)}\n` : dossierCsvZip(dossier));
  }
  deps.progress(format, 'done');
  return { path, bytes };
}
