import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { describeTooLarge } from '../ingest/describeTooLarge';
import { ingestBytes } from '../ingest/ingestBytes';
import { IngestError } from '../ingest/IngestedDocument';
import { toSourceRows, type SourceRows } from '../store/SourceRows';
import { describeFsError } from './collectImportFiles';
import { toNewSource } from './toNewSource';

export interface ParseRequest {
  file: string;
  /** ISO time of the import: stored with the source, and the reference for dates without a year. */
  importedAt: string;
  maxBytes: number;
}

/** A file turned into the rows that store it, or the reason it cannot be a source. Plain data, so it crosses threads. */
export type ParsedFile = { file: string; rows: SourceRows } | { file: string; error: string };

/**
 * The whole file, or its size when that is over `maxBytes`, so a huge file is refused unread.
 * One open and one fstat serve both the size check and the read.
 */
function readWhole(file: string, maxBytes: number): Uint8Array | { tooLarge: number } {
  const descriptor = openSync(file, 'r');
  try {
    const { size } = fstatSync(descriptor);
    if (size > maxBytes) return { tooLarge: size };
    // Pipes and files such as those under /proc report no size: read them to their end.
    if (size === 0) return new Uint8Array(readFileSync(descriptor));
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const read = readSync(descriptor, bytes, filled, size - filled, null);
      if (read === 0) break;
      filled += read;
    }
    // A file cut short while being read keeps what it had; one that grew is read as far as its size said.
    return filled < size ? bytes.slice(0, filled) : bytes;
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Everything an import does to a file before the store sees it: read, decode, clean, describe,
 * segment, and lay out as rows. Reading is synchronous on purpose: on a parse worker it costs one
 * system call each way, where the asynchronous calls cost a thread-pool round trip apiece and
 * left the workers waiting on small files.
 */
export function parseFile(request: ParseRequest): ParsedFile {
  const { file, maxBytes } = request;
  const fileName = basename(file);
  let bytes: Uint8Array;
  try {
    const read = readWhole(file, maxBytes);
    if ('tooLarge' in read) {
      return { file, error: describeTooLarge(fileName, read.tooLarge, maxBytes) };
    }
    bytes = read;
  } catch (error) {
    return { file, error: describeFsError(file, error) };
  }
  const importedAt = new Date(request.importedAt);
  try {
    const ingested = ingestBytes(bytes, fileName, { importedAt, maxBytes });
    return { file, rows: toSourceRows(toNewSource(ingested, file, importedAt)) };
  } catch (error) {
    const message = error instanceof IngestError ? error.message : `${fileName} could not be imported: ${(error as Error).message}`;
    return { file, error: message };
  }
}
