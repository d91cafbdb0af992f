import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportProgress, ImportReport } from '../../shared/domain';
import { ingestBytes } from '../ingest/ingestBytes';
import { IngestError } from '../ingest/IngestedDocument';
import type { CaseStore } from '../store/CaseStore';
import { collectImportFiles, describeFsError } from './collectImportFiles';
import { toNewSource } from './toNewSource';

export interface ImportOptions {
  maxBytes: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
}

interface ReadyFile {
  file: string;
  bytes: Uint8Array;
}

// Committing every source on its own would cost one fsync each (synchronous=FULL), which
// dominates a folder import. Sources are committed in batches instead; inside a batch each
// source is its own savepoint, so a bad file rolls back alone and a killed process leaves
// every source whole or absent.
const batchMaxFiles = 256;
const batchMaxBytes = 16 * 1024 * 1024;

/** Imports files and folders into a case, one report line per file. */
export async function importFiles(store: CaseStore, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [], isCancelled: false };
  const { files, unreadable } = await collectImportFiles(paths);
  report.failed.push(...unreadable);
  const now = options.now ?? (() => new Date());
  let done = 0;
  let batch: ReadyFile[] = [];
  let batchBytes = 0;

  const commitBatch = () => {
    if (batch.length === 0) return;
    storeBatch(store, batch, now(), options.maxBytes, report);
    batch = [];
    batchBytes = 0;
  };

  for (const file of files) {
    if (options.signal?.aborted) {
      report.isCancelled = true;
      break;
    }
    options.onProgress?.({ done, total: files.length, current: basename(file) });
    const bytes = await readWithinLimit(file, options.maxBytes, report);
    if (bytes) {
      batch.push({ file, bytes });
      batchBytes += bytes.byteLength;
      if (batch.length >= batchMaxFiles || batchBytes >= batchMaxBytes) commitBatch();
    }
    done += 1;
  }
  commitBatch();
  options.onProgress?.({ done, total: files.length, current: '' });
  return report;
}

async function readWithinLimit(file: string, maxBytes: number, report: ImportReport): Promise<Uint8Array | undefined> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) {
      const megabytes = (limit: number) => `${(limit / 1024 / 1024).toFixed(1)} MB`;
      report.failed.push({
        file,
        error: `${basename(file)} is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for one source. Split it, or raise the limit.`,
      });
      return undefined;
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    report.failed.push({ file, error: describeFsError(file, error) });
    return undefined;
  }
}

function storeBatch(store: CaseStore, batch: ReadyFile[], importedAt: Date, maxBytes: number, report: ImportReport): void {
  const importOne = store.db.transaction((ready: ReadyFile) => {
    const ingested = ingestBytes(ready.bytes, basename(ready.file), { importedAt, maxBytes });
    const sameAs = store.sources.findIdBySha256(ingested.sha256);
    if (sameAs !== undefined) {
      report.duplicates.push({ file: ready.file, sameAs });
      return;
    }
    const source = toNewSource(ingested, ready.file, importedAt);
    const id = store.sources.insert(source);
    store.audit.append(
      {
        action: 'source.import',
        entityType: 'source',
        entityId: id,
        after: { fileName: source.fileName, sha256: source.sha256, title: source.title },
      },
      importedAt,
    );
    report.imported.push({ id, file: ready.file, title: source.title });
  });
  store.db.transaction(() => {
    for (const ready of batch) {
      try {
        importOne(ready);
      } catch (error) {
        // The savepoint has rolled back this file alone; the rest of the batch goes on.
        const message =
          error instanceof IngestError
            ? error.message
            : `${basename(ready.file)} could not be imported: ${(error as Error).message}`;
        report.failed.push({ file: ready.file, error: message });
      }
    }
  })();
}
