import { basename } from 'node:path';
import { ingestBytes } from '../ingest/ingestBytes';
import { IngestError } from '../ingest/IngestedDocument';
import type { NewSource } from '../store/sourceRepository';
import { toNewSource } from './toNewSource';

export interface ParseRequest {
  file: string;
  bytes: Uint8Array;
  /** ISO time of the import: stored with the source, and the reference for dates without a year. */
  importedAt: string;
  maxBytes: number;
}

/** A file turned into a source ready for the store, or the reason it cannot be one. Plain data, so it crosses threads. */
export type ParsedFile = { file: string; source: NewSource } | { file: string; error: string };

/** Everything an import does to a file before the store sees it: decode, clean, describe, segment. */
export function parseFile(request: ParseRequest): ParsedFile {
  const importedAt = new Date(request.importedAt);
  const fileName = basename(request.file);
  try {
    const ingested = ingestBytes(request.bytes, fileName, { importedAt, maxBytes: request.maxBytes });
    return { file: request.file, source: toNewSource(ingested, request.file, importedAt) };
  } catch (error) {
    const message =
      error instanceof IngestError ? error.message : `${fileName} could not be imported: ${(error as Error).message}`;
    return { file: request.file, error: message };
  }
}
