import type { z } from 'zod';
import { dossierFormats, exportDossier as writeDossier, type DossierPrinter } from '../../core/dossier/exportDossier';
import type { ApiInput, ApiOutput, BridgeEventPayload, ShellApi } from '../../shared/api';
import type { Dossier, DossierFormat, DossierOptionsInput } from '../../shared/dossier';
import { dossierSaveTarget } from './dossierSaveTarget';

type ExportInput = z.output<ShellApi['dossier:export']['input']>;
type ExportOutput = z.output<ShellApi['dossier:export']['output']>;
type ExportStep = BridgeEventPayload<'dossier:did-export-progress'>['step'];

export interface DossierExportDeps {
  /** A typed Workbench call, as main's worker client answers it; throws the Workbench's error. */
  request: WorkbenchRequest;
  /** The native save dialog; null when the analyst cancels. */
  chooseSavePath(target: ReturnType<typeof dossierSaveTarget>): Promise<string | null>;
  printPdf: DossierPrinter;
  progress(format: DossierFormat, step: ExportStep): void;
}

type WorkbenchRequest = <M extends 'dossier:data' | 'case:info' | 'sources:get'>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** The clean text of every source in the dossier, read from the worker before writing (the writers are synchronous). */
async function sourceTexts(dossier: Dossier, deps: DossierExportDeps): Promise<Map<number, string>> {
  const texts = new Map<number, string>();
  for (const source of dossier.sources) texts.set(source.id, (await deps.request('sources:get', { id: source.id })).text);
  return texts;
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
      const caseInfo = await deps.request('case:info', {});
      const path = await deps.chooseSavePath(dossierSaveTarget(format, caseInfo.name));
      if (!path) return { path: null, bytes: 0 };
      running?.abort();
      const controller = new AbortController();
      running = controller;
      try {
        deps.progress(format, 'building');
        const stamped: DossierOptionsInput = { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() };
        const dossier = await deps.request('dossier:data', stamped);
        const texts = dossierFormats[format].needsSourceText ? await sourceTexts(dossier, deps) : undefined;
        const { bytes } = await writeDossier(dossier, format, path, {
          ...(texts ? { sourceText: (id: number) => texts.get(id) ?? '' } : {}),
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
