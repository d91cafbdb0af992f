// The analyst's judgements: what the engine proposes is kept apart from what the analyst decides.
import { z } from 'zod';
import { Credibility } from './claims';

/** Source reliability, Admiralty scale: A completely reliable … E unreliable, F cannot be judged. */
export const ReliabilityGrade = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type ReliabilityGrade = z.infer<typeof ReliabilityGrade>;

export const Confidence = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof Confidence>;

export const TagName = z.string().trim().min(1).max(60);

export const ClaimJudgement = z.object({
  claimId: z.string(),
  /** The analyst's credibility (Admiralty 1–6); null until decided. */
  verdict: Credibility.nullable(),
  confidence: Confidence.nullable(),
  note: z.string(),
  isFlagged: z.boolean(),
  tags: z.string().array(),
});
export type ClaimJudgement = z.infer<typeof ClaimJudgement>;

export const ClaimJudgementPatch = z.object({
  claimId: z.string().min(1),
  verdict: Credibility.nullable().optional(),
  confidence: Confidence.nullable().optional(),
  note: z.string().max(20_000).optional(),
  isFlagged: z.boolean().optional(),
  tags: TagName.array().max(50).optional(),
});
export type ClaimJudgementPatch = z.infer<typeof ClaimJudgementPatch>;

export const MentionCorrection = z.object({
  sourceId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  field: z.enum(['speaker', 'value', 'stance']),
  /** null removes the correction and restores the engine's reading. */
  value: z.string().max(500).nullable(),
});
export type MentionCorrection = z.infer<typeof MentionCorrection>;

export const MentionRef = z.object({
  sourceId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type MentionRef = z.infer<typeof MentionRef>;

export const Annotation = z.object({
  id: z.number().int(),
  /** The source it is anchored to, or null when that source is not in the case now. */
  sourceId: z.number().int().nullable(),
  sourceSha256: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  note: z.string(),
  tags: z.string().array(),
  claimId: z.string().nullable(),
  /** True when the quoted text could not be found in the source any more. */
  isOrphaned: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof Annotation>;

export const NewAnnotation = z.object({
  sourceId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  note: z.string().max(20_000).default(''),
  tags: TagName.array().max(50).default([]),
  claimId: z.string().nullable().default(null),
});
export type NewAnnotation = z.input<typeof NewAnnotation>;

export const AnnotationPatch = z.object({
  id: z.number().int().positive(),
  note: z.string().max(20_000).optional(),
  tags: TagName.array().max(50).optional(),
  claimId: z.string().nullable().optional(),
});
export type AnnotationPatch = z.infer<typeof AnnotationPatch>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type HistoryState = z.infer<typeof HistoryState>;
