// Domain records shared by the engine, the bridge and the views. Each is a zod schema so
// the bridge can validate what crosses it; the TypeScript type is inferred from it.
import { z } from 'zod';

export const SourceKind = z.enum(['press-release', 'wire', 'news-article', 'unknown']);
export type SourceKind = z.infer<typeof SourceKind>;

export const SourceFormat = z.enum(['text', 'markdown', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Metadata fields the analyst may correct; each remembers where its value came from. */
export const MetadataField = z.enum(['title', 'outlet', 'byline', 'publishedAt', 'kind', 'language']);
export type MetadataField = z.infer<typeof MetadataField>;

export const FieldProvenance = z.object({
  value: z.string().nullable(),
  /** Human-readable origin, e.g. `line 1 "date 2025-03-18"`, `file name`, `analyst`. */
  origin: z.string(),
  /** True when the value was reasoned out rather than read, e.g. a year filled in from a weekday. */
  isInferred: z.boolean(),
});
export type FieldProvenance = z.infer<typeof FieldProvenance>;

export const SourceSummary = z.object({
  id: z.number().int(),
  fileName: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO 8601 date (`2025-03-18`) or date-time with offset. */
  publishedAt: z.string().nullable(),
  kind: SourceKind,
  language: z.string().nullable(),
  sha256: z.string(),
  words: z.number().int(),
  sentences: z.number().int(),
  importedAt: z.string(),
});
export type SourceSummary = z.infer<typeof SourceSummary>;

export const TextSpan = z.object({ start: z.number().int(), end: z.number().int() });
export type TextSpan = z.infer<typeof TextSpan>;

export const SentenceRecord = TextSpan.extend({
  id: z.number().int(),
  ordinal: z.number().int(),
  paragraph: z.number().int(),
});
export type SentenceRecord = z.infer<typeof SentenceRecord>;

export const RemovedLine = z.object({
  /** 1-based line number in the decoded original. */
  line: z.number().int(),
  text: z.string(),
  /** Why it was taken out: `navigation`, `link list`, `share buttons`, `read time`, … */
  reason: z.string(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

export const SourceDetail = SourceSummary.extend({
  text: z.string(),
  paragraphs: TextSpan.array(),
  sentenceSpans: SentenceRecord.array(),
  removed: RemovedLine.array(),
  provenance: z.record(MetadataField, FieldProvenance),
  format: SourceFormat,
  encoding: z.string(),
  byteLength: z.number().int(),
});
export type SourceDetail = z.infer<typeof SourceDetail>;

/**
 * Why a symbolic link met inside a folder was not followed: it leads back into a folder the walk
 * is inside (`loop`), to a file or folder this import already reached (`already imported`), or
 * nowhere (`broken link`).
 */
export const SkippedLinkReason = z.enum(['loop', 'already imported', 'broken link']);
export type SkippedLinkReason = z.infer<typeof SkippedLinkReason>;

export const SkippedLink = z.object({ file: z.string(), reason: SkippedLinkReason });
export type SkippedLink = z.infer<typeof SkippedLink>;

export const ImportReport = z.object({
  imported: z.object({ id: z.number().int(), file: z.string(), title: z.string() }).array(),
  duplicates: z.object({ file: z.string(), sameAs: z.number().int() }).array(),
  failed: z.object({ file: z.string(), error: z.string() }).array(),
  skippedLinks: SkippedLink.array(),
  isCancelled: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** Files are read whole into memory, so even a raised limit stays well inside what a buffer can hold. */
export const maxFileSizeMbCeiling = 1024;

/** What an import is asked to do: the paths, and optionally a size limit other than the default. */
export const ImportRequest = z.object({
  paths: z.string().min(1).array().min(1),
  /** Largest file accepted, in megabytes of 1,048,576 bytes; without it the case's default (20). */
  maxFileSizeMb: z.number().positive().max(maxFileSizeMbCeiling).optional(),
});
export type ImportRequest = z.infer<typeof ImportRequest>;

export const ImportProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  current: z.string(),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const SnippetPart = z.object({ text: z.string(), isMatch: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  sourceId: z.number().int(),
  sourceTitle: z.string(),
  sentenceId: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  snippet: SnippetPart.array(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const CaseInfo = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  sources: z.number().int(),
  sentences: z.number().int(),
  lastImportAt: z.string().nullable(),
});
export type CaseInfo = z.infer<typeof CaseInfo>;
