import type { z } from 'zod';
import { exportDossier as writeDossier, type DossierPrinter } from '../../core/dossier/exportDossier';
import type { BridgeEventPayload, Result, ShellApi } from '../../shared/api';
import type { Dossier, DossierFormat, DossierOptionsInput } from '../../shared/dossier';
import { dossierSaveTarget } from './dossierSaveTarget';

type ExportInput = z.output<ShellApi['dossier:export']['input']>;
type ExportOutput = z.output<ShellApi['dossier:export']['output']>;
type ExportStep = BridgeEventPayload<'dossier:did-export-progress'>['step'];

export interface DossierExportDeps {
  /** A Workbench call, as main's worker client answers it. */
  call(method: 'dossier:data' | 'case:info', input: unknown): Promise<Result<unknown>>;
  /** The native save dialog; null when the analyst cancels. */
  chooseSavePath(target: ReturnType<typeof dossierSaveTarget>): Promise<string | null>;
  printPdf: DossierPrinter;
  progress(format: DossierFormat, step: ExportStep): void;
}

async function unwrap<T>(result: Promise<Result<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw Object.assign(new Error(settled.error.message), { code: settled.error.code });
  // The worker answers with the contract's output for the method asked.
  return settled.value as T;
}

/**
 * The app's export: asks where to save, has the Workbench's worker build the dossier once
 * (it only reads the case), and writes it with the core's one export routine. Main only
 * chooses the path and the printer: Electron's print engine cannot run in the worker, so the
 * core writer runs here on the dossier the worker built. One export runs at a time; `cancel`
 * stops it before anything is written.
 */
export function createDossierExport(deps: DossierExportDeps) {
  let running: AbortController | undefined;
  return {
    async run({ format, options }: ExportInput): Promise<ExportOutput> {
      const caseInfo = await unwrap<{ name: string; path: string }>(deps.call('case:info', {}));
      const path = await deps.chooseSavePath(dossierSaveTarget(format, caseInfo.name));
      if (!path) return { path: null, bytes: 0 };
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        deps.progress(format, 'building');
        const stamped: DossierOptionsInput = { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() };
        const dossier = await unwrap<Dossier>(deps.call('dossier:data', stamped));
        const { bytes } = await writeDossier(dossier, format, path, {
          protectedFiles: [caseInfo.path],
          printer: deps.printPdf,
          progress: (step) => deps.progress(format, step),
          signal: controller.signal,
        });
        return { path, bytes };
      } finally {
        if (running === controller) running = undefined;
      }
    },
    cancel(): { wasRunning: boolean } {
      const wasRunning = running !== undefined;
      running?.abort();
      return { wasRunning };
    },
  };
}
