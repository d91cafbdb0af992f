import { basename } from 'node:path';
import type { ImportProgress, ImportReport } from '../../shared/domain';
import type { CaseStore } from '../store/CaseStore';
import { collectImportFiles } from './collectImportFiles';
import { ImportBatch } from './ImportBatch';
import { inThreadParser, type FileParser } from './FileParser';
import type { ParsedFile } from './parseFile';

export interface ImportOptions {
  maxBytes: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  now?: () => Date;
  /** Worker threads to parse on, for imports large enough to repay them; otherwise this thread parses. */
  workerParser?: () => FileParser | undefined;
  /** Parses every file, whatever the import's size; tests use it to hold an import mid-batch. */
  parser?: FileParser;
}

// Committing every source on its own would cost one fsync each (synchronous=FULL), which
// dominates a folder import. Sources are committed in batches instead; inside a batch each
// source is its own savepoint, so a bad file rolls back alone and a killed process leaves
// every source whole or absent.
const batchMaxFiles = 1024;
const batchMaxBytes = 32 * 1024 * 1024;
/**
 * The first batch is committed early, once this large, if the next file is still being parsed.
 * The workers have no lead at the start, so the writing thread waits on them (on BBC's 2,225
 * files, 125 ms before its first full batch); a commit fills that wait and gives them their lead.
 * Later batches stay full: each extra commit costs a sync, 50,000 files took a second longer.
 */
const earlyCommitFiles = 256;
/**
 * Parsed sources held ahead of the store, in bytes of original text: enough for the workers to
 * keep parsing through a batch's commit and indexing (a quarter of a second on a thousand small
 * files), few enough to bound memory. As files, between a floor and a ceiling.
 */
const parseAheadBytes = 16 * 1024 * 1024;
const parseAheadLimits = { least: 16, most: 1024, beforeAnyStored: 64 };

/** Files to keep parsed ahead, from the average size of the sources stored so far. */
function parseAheadFiles(stored: number, storedBytes: number): number {
  if (stored === 0) return parseAheadLimits.beforeAnyStored;
  const files = Math.floor(parseAheadBytes / Math.max(1, storedBytes / stored));
  return Math.min(parseAheadLimits.most, Math.max(parseAheadLimits.least, files));
}
/** Files handed to a parser at once: a worker's job, one message each way. */
const parseJobSize = 8;
/**
 * Milliseconds between progress reports while files are stored: enough for a progress bar, where
 * a report per file cost the app a message and a render per file. The start and end always report.
 */
const progressInterval = 100;
/** Below this many files, handing them to workers costs more than it saves. */
const minFilesForWorkers = 16;

/** Imports files and folders into a case, one report line per file. */
export async function importFiles(store: CaseStore, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const { files, unreadable, skippedLinks } = collectImportFiles(paths);
  const report: ImportReport = { imported: [], duplicates: [], failed: [...unreadable], skippedLinks, isCancelled: false };
  const now = options.now ?? (() => new Date());
  const parser = options.parser ?? ((files.length >= minFilesForWorkers && options.workerParser?.()) || inThreadParser);
  const parsing: Promise<ParsedFile>[] = [];
  const parsed = new WeakSet<Promise<ParsedFile>>();
  const batch = new ImportBatch(store, report);
  let done = 0;
  let storedBytes = 0;
  let lastProgressAt = -Infinity;
  const reportProgress = (current: string) => {
    const at = performance.now();
    if (current && at - lastProgressAt < progressInterval) return;
    lastProgressAt = at;
    options.onProgress?.({ done, total: files.length, current });
  };
  // Each source is written as soon as it is parsed, not when its batch is full: a batch written
  // in one go would hold this thread for hundreds of milliseconds while the workers, their
  // parse-ahead spent, sat idle.
  const takeOldest = async () => {
    const oldest = parsing.shift();
    if (!oldest) return;
    if (batch.commits === 0 && batch.files >= earlyCommitFiles && !parsed.has(oldest)) batch.commit();
    const next = await oldest;
    done += 1;
    if ('rows' in next) storedBytes += next.rows.source.byteLength;
    reportProgress(basename(next.file));
    batch.add(next);
    if (batch.files >= batchMaxFiles || batch.bytes >= batchMaxBytes) batch.commit();
  };

  try {
    reportProgress('');
    for (let first = 0; first < files.length; first += parseJobSize) {
      if (options.signal?.aborted) {
        report.isCancelled = true;
        break;
      }
      const job = files.slice(first, first + parseJobSize);
      for (const parse of parser.parse(job.map((file) => ({ file, importedAt: now().toISOString(), maxBytes: options.maxBytes })))) {
        parsing.push(parse);
        const settle = () => parsed.add(parse);
        // Both ways, so a failed parse is left to the `await` that stores it, not reported twice.
        void parse.then(settle, settle);
      }
      while (parsing.length > parseAheadFiles(done, storedBytes)) await takeOldest();
    }
    // Files already handed to the parsers are stored even after a cancel: their work is done.
    while (parsing.length > 0) await takeOldest();
    batch.commit();
  } catch (error) {
    batch.rollback();
    throw error;
  }
  reportProgress('');
  return report;
}
