import { basename } from 'node:path';
import type { ImportProgress, ImportReport } from '../../shared/domain';
import type { CaseStore } from '../store/CaseStore';
import type { NewSource } from '../store/sourceRepository';
import { collectImportFiles } from './collectImportFiles';
import { inThreadParser, type FileParser } from './FileParser';
import type { ParsedFile } from './parseFile';

export interface ImportOptions {
  maxBytes: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
  /** Worker threads to parse on, for imports large enough to repay them; otherwise this thread parses. */
  workerParser?: () => FileParser | undefined;
}

// Committing every source on its own would cost one fsync each (synchronous=FULL), which
// dominates a folder import. Sources are committed in batches instead; inside a batch each
// source is its own savepoint, so a bad file rolls back alone and a killed process leaves
// every source whole or absent.
const batchMaxFiles = 1024;
const batchMaxBytes = 32 * 1024 * 1024;
/** Files parsed ahead of the store, so workers keep busy while a batch is written; bounds memory. */
const parseAhead = 64;
/** Below this many files, handing them to workers costs more than it saves. */
const minFilesForWorkers = 16;

/** Imports files and folders into a case, one report line per file. */
export async function importFiles(store: CaseStore, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], isCancelled: false };
  const { files, unreadable } = await collectImportFiles(paths);
  report.failed.push(...unreadable);
  const now = options.now ?? (() => new Date());
  const parser = (files.length >= minFilesForWorkers && options.workerParser?.()) || inThreadParser;
  const parsing: Promise<ParsedFile>[] = [];
  let batch: ParsedFile[] = [];
  let batchBytes = 0;

  const commitBatch = () => {
    if (batch.length === 0) return;
    storeBatch(store, batch, report);
    batch = [];
    batchBytes = 0;
  };

  let done = 0;
  const takeOldest = async () => {
    const parsed = await parsing.shift();
    if (!parsed) return;
    done += 1;
    options.onProgress?.({ done, total: files.length, current: basename(parsed.file) });
    batch.push(parsed);
    batchBytes += 'source' in parsed ? parsed.source.original.byteLength : 0;
    if (batch.length >= batchMaxFiles || batchBytes >= batchMaxBytes) commitBatch();
  };

  options.onProgress?.({ done, total: files.length, current: '' });
  for (const file of files) {
    if (options.signal?.aborted) {
      report.isCancelled = true;
      break;
    }
    parsing.push(parser.parse({ file, importedAt: now().toISOString(), maxBytes: options.maxBytes }));
    while (parsing.length > parseAhead) await takeOldest();
  }
  // Files already handed to the parsers are stored even after a cancel: their work is done.
  while (parsing.length > 0) await takeOldest();
  commitBatch();
  options.onProgress?.({ done, total: files.length, current: '' });
  return report;
}

function storeBatch(store: CaseStore, batch: readonly ParsedFile[], report: ImportReport): void {
  const storeOne = store.db.transaction((file: string, source: NewSource) => {
    const sameAs = store.sources.findIdBySha256(source.sha256);
    if (sameAs !== undefined) {
      report.duplicates.push({ file, sameAs });
      return;
    }
    const id = store.sources.insert(source);
    store.audit.append(
      {
        action: 'source.import',
        entityType: 'source',
        entityId: id,
        after: { fileName: source.fileName, sha256: source.sha256, title: source.title },
      },
      new Date(source.importedAt),
    );
    report.imported.push({ id, file, title: source.title });
  });
  store.db.transaction(() => {
    const lastSentenceId = store.search.lastSentenceId();
    for (const parsed of batch) {
      if ('error' in parsed) {
        report.failed.push({ file: parsed.file, error: parsed.error });
        continue;
      }
      try {
        storeOne(parsed.file, parsed.source);
      } catch (error) {
        // The savepoint has rolled back this file alone; the rest of the batch goes on.
        report.failed.push({ file: parsed.file, error: `${basename(parsed.file)} could not be stored: ${(error as Error).message}` });
      }
    }
    store.search.indexSentencesAfter(lastSentenceId);
  })();
}
