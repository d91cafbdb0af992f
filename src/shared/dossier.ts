// The dossier's contract: what the analyst chooses to export, and the exported data itself.
// The JSON export is `Dossier` as written here; `schemaVersion` changes whenever a field
// changes meaning or disappears (adding a field keeps the version).
import { z } from 'zod';
import { Claim, ClaimMention, Credibility } from './claims';
import { ComparisonResult } from './comparison';
import { FieldProvenance, MetadataField, SourceSummary, TextSpan } from './domain';
import { Annotation, ClaimJudgement, ReliabilityGrade, TagName } from './judgements';

export const dossierSchemaVersion = 1;

/** Which claims go in: every claim, only contested ones, or only those the analyst flagged. */
export const DossierFilter = z.enum(['all', 'contested', 'flagged']);
export type DossierFilter = z.infer<typeof DossierFilter>;

export const PaperSize = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof PaperSize>;

/** `annotations` is W3C Web Annotation JSON-LD; `claimreview` schema.org ClaimReview; `qdc`/`qdpx` REFI-QDA; `md` Markdown. */
export const DossierFormat = z.enum(['pdf', 'csv', 'html', 'json', 'annotations', 'md', 'claimreview', 'qdc', 'qdpx']);
export type DossierFormat = z.infer<typeof DossierFormat>;

export const DossierOptions = z.object({
  filter: DossierFilter.default('all'),
  /** Keep claims carrying any of these tags (case-insensitive); empty keeps all. */
  tags: TagName.array().max(50).default([]),
  /** Keep claims whose analyst verdict is one of these; empty keeps all. */
  verdicts: Credibility.array().max(6).default([]),
  /** The sources to include; null includes every source. Claims need evidence in one of them. */
  sourceIds: z.number().int().positive().array().nullable().default(null),
  /** Append each source's full clean text with claim spans and annotations highlighted. */
  includeAppendix: z.boolean().default(false),
  analystName: z.string().trim().max(200).nullable().default(null),
  /** ClaimReview export: also write claims without an analyst verdict (with no rating). */
  includeUnjudged: z.boolean().default(false),
  paper: PaperSize.default('a4'),
  /** When the dossier was made; the Workbench's clock when left out. */
  generatedAt: z.string().optional(),
});
export type DossierOptions = z.infer<typeof DossierOptions>;
export type DossierOptionsInput = z.input<typeof DossierOptions>;

export const DossierSource = SourceSummary.extend({
  /** `S<id>`, how the dossier refers to the source everywhere. */
  label: z.string(),
  /** The analyst's reliability grade (A–F), null when not graded. */
  grade: ReliabilityGrade.nullable(),
  /** Where each metadata field was read from; fields never read are absent. */
  provenance: z.partialRecord(MetadataField, FieldProvenance),
  /** Index into `reuse.originGroups`, or null when the source is in no group. */
  originGroup: z.number().int().nullable(),
});
export type DossierSource = z.infer<typeof DossierSource>;

export const DossierMention = ClaimMention.extend({
  sourceLabel: z.string(),
  /** Character spans inside `text` where this wording departs from the claim: the conflicting words or values. */
  conflicts: TextSpan.array(),
});
export type DossierMention = z.infer<typeof DossierMention>;

export const DossierClaim = Claim.omit({ mentions: true }).extend({
  /** 1-based position in the dossier; `label` is `C<number>`. */
  number: z.number().int(),
  label: z.string(),
  /** Mentions from the included sources only. */
  mentions: DossierMention.array(),
  /** Mentions in sources left out of this dossier. */
  omittedMentions: z.number().int(),
  judgement: ClaimJudgement,
  /** Every supporting source goes back to one origin. */
  isSingleOrigin: z.boolean(),
});
export type DossierClaim = z.infer<typeof DossierClaim>;

export const DossierAnnotation = Annotation.extend({
  sourceLabel: z.string().nullable(),
  claimLabel: z.string().nullable(),
});
export type DossierAnnotation = z.infer<typeof DossierAnnotation>;

export const AppendixSpan = TextSpan.extend({
  kind: z.enum(['claim', 'annotation']),
  /** `C<n>` for claim spans, `A<id>` for annotations. */
  label: z.string(),
});
export type AppendixSpan = z.infer<typeof AppendixSpan>;

export const AppendixSource = z.object({
  sourceId: z.number().int(),
  label: z.string(),
  title: z.string(),
  text: z.string(),
  paragraphs: TextSpan.array(),
  spans: AppendixSpan.array(),
});
export type AppendixSource = z.infer<typeof AppendixSource>;

const countsByKey = z.record(z.string(), z.number().int());

export const Dossier = z.object({
  schemaVersion: z.literal(dossierSchemaVersion),
  generator: z.string(),
  generatedAt: z.string(),
  options: DossierOptions,
  case: z.object({
    name: z.string(),
    analystName: z.string().nullable(),
    /** SHA-256 (hex) of the canonical JSON of the sources' hashes and the analyst's work; see `covers`. */
    fingerprint: z.string(),
    fingerprintCovers: z.string(),
    totalSources: z.number().int(),
    totalClaims: z.number().int(),
  }),
  counts: z.object({
    sources: z.number().int(),
    claims: z.number().int(),
    byStatus: countsByKey,
    /** Analyst verdicts `1`–`6`, and `undecided`. */
    byVerdict: countsByKey,
    flagged: z.number().int(),
    annotations: z.number().int(),
  }),
  claims: DossierClaim.array(),
  sources: DossierSource.array(),
  reuse: ComparisonResult.omit({ alignments: true }),
  annotations: DossierAnnotation.array(),
  /** Null when the appendix was not asked for. */
  appendix: AppendixSource.array().nullable(),
});
export type Dossier = z.infer<typeof Dossier>;
