// What the comparison engine tells the views: reuse shares, who copied whom, sentence matches.
import { z } from 'zod';

export const MatchLabel = z.enum(['verbatim', 'near', 'substituted', 'paraphrase']);
export type MatchLabel = z.infer<typeof MatchLabel>;

export const ReuseShare = z.object({
  a: z.number().int(),
  b: z.number().int(),
  /** Fraction of a's words found in b, in total and by label. */
  shared: z.number(),
  verbatim: z.number(),
  near: z.number(),
  substituted: z.number(),
  paraphrase: z.number(),
});
export type ReuseShare = z.infer<typeof ReuseShare>;

export const OriginEdge = z.object({
  /** The likely origin. */
  from: z.number().int(),
  /** The copy. */
  to: z.number().int(),
  /** Fraction of the copy's text taken from the origin. */
  share: z.number(),
  evidence: z.string().array(),
});
export type OriginEdge = z.infer<typeof OriginEdge>;

export const ComparisonResult = z.object({
  matrix: ReuseShare.array(),
  edges: OriginEdge.array(),
  originGroups: z.number().int().array().array(),
  alignments: z
    .object({ a: z.number().int(), aSentence: z.number().int(), b: z.number().int(), bSentence: z.number().int(), label: MatchLabel, score: z.number() })
    .array(),
});
export type ComparisonResult = z.infer<typeof ComparisonResult>;

const Span = z.object({ start: z.number().int(), end: z.number().int() });

/**
 * One run of the word diff between sentence a and sentence b. Word ranges are [from, to)
 * indexes into each sentence's tokens; spans are character offsets into each sentence's text,
 * null on the side that has no words in this run (the other side's insertion or deletion).
 */
export const WordDiffOp = z.object({
  op: z.enum(['equal', 'insert', 'delete', 'substitute']),
  aWords: z.tuple([z.number().int(), z.number().int()]),
  bWords: z.tuple([z.number().int(), z.number().int()]),
  a: Span.nullable(),
  b: Span.nullable(),
});
export type WordDiffOp = z.infer<typeof WordDiffOp>;
export type WordDiffKind = WordDiffOp['op'];

export const PairAlignment = z.object({
  a: z.number().int(),
  b: z.number().int(),
  alignments: z
    .object({ aSentence: z.number().int(), bSentence: z.number().int(), label: MatchLabel, score: z.number(), diff: WordDiffOp.array() })
    .array(),
});
export type PairAlignment = z.infer<typeof PairAlignment>;
