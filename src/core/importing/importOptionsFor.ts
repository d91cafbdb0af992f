// How the Workbench's settings and one import request become the options of `importFiles`.
import type { ImportProgress, ImportRequest } from '../../shared/domain';
import { bytesPerMegabyte } from '../ingest/describeTooLarge';
import { defaultMaxBytes } from '../ingest/IngestedDocument';
import { sharedWorkerParser, sourceParseWorker, type FileParser } from './FileParser';
import type { ImportOptions } from './importFiles';

/** The Workbench settings that shape every import of its case. */
export interface ImportSettings {
  /** Largest file accepted for import, in bytes, unless an import asks for another limit. */
  maxImportBytes?: number;
  /** Clock for import times; tests pin it. */
  now?: () => Date;
  /**
   * The parse worker script for large imports: a bundle passes the path of its built worker;
   * from source the TypeScript worker beside the importer is found by itself. `false` parses
   * on the calling thread.
   */
  parseWorker?: string | URL | false;
  /** Parses every imported file in place of the in-thread or worker parsers (tests hold an import with it). */
  fileParser?: FileParser;
}

export function importOptionsFor(
  settings: ImportSettings,
  request: Omit<ImportRequest, 'paths'>,
  signal: AbortSignal,
  onProgress: (progress: ImportProgress) => void,
): ImportOptions {
  const maxBytes =
    request.maxFileSizeMb === undefined ? (settings.maxImportBytes ?? defaultMaxBytes) : Math.ceil(request.maxFileSizeMb * bytesPerMegabyte);
  return {
    maxBytes,
    signal,
    onProgress,
    ...(settings.now ? { now: settings.now } : {}),
    ...(settings.fileParser ? { parser: settings.fileParser } : {}),
    workerParser: () => {
      const script = settings.parseWorker ?? sourceParseWorker();
      return script ? sharedWorkerParser(script) : undefined;
    },
  };
}
