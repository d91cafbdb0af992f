import type { FieldProvenance, MetadataField, RemovedLine, SourceFormat, SourceKind, TextSpan } from '../../shared/domain';
import { ExplainedError } from '../ExplainedError';

/** One file read, decoded, cleaned and described, ready for the store. Pure data. */
export interface IngestedDocument {
  fileName: string;
  format: SourceFormat;
  /** Encoding the bytes were decoded with: `utf-8`, `utf-16le`, `utf-16be`, or a detected legacy one (`windows-1252`, `shift_jis`, …). */
  encoding: string;
  bytes: Uint8Array;
  sha256: string;
  /** Clean text: paragraphs separated by one blank line (`\n\n`), odd spaces normalised. */
  text: string;
  /** Paragraph spans into `text`, in order. */
  paragraphs: TextSpan[];
  /** Page furniture taken out of the text, kept so it can be shown on demand. */
  removed: RemovedLine[];
  metadata: Record<MetadataField, FieldProvenance> & { kind: FieldProvenance & { value: SourceKind } };
}

/** A file that cannot become a source; `message` says what is wrong and what to do. */
export class IngestError extends ExplainedError<
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'undecodable'
  | 'unsupported-format'
  | 'unreadable'
  | 'no-text'
> {}

export interface IngestOptions {
  /** When the import happens; relative dates without a year resolve against it. */
  importedAt: Date;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export const defaultMaxBytes = 20 * 1024 * 1024;
