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

export const OriginEdge = z.object({
  /** The likely origin. */
  from: z.number().int(),
  /** The copy. */
  to: z.number().int(),
  /** Fraction of the copy's text taken from the origin. */
  share: z.number(),
  evidence: z.string().array(),
});

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

/** One run of a word diff: word index ranges and character spans inside each sentence. */
export const WordDiffOp = z.object({
  op: z.enum(['equal', 'insert', 'delete', 'substitute']),
  aWords: z.tuple([z.number().int(), z.number().int()]),
  bWords: z.tuple([z.number().int(), z.number().int()]),
  a: Span.nullable(),
  b: Span.nullable(),
});

export const PairAlignment = z.object({
  a: z.number().int(),
  b: z.number().int(),
  alignments: z
    .object({ aSentence: z.number().int(), bSentence: z.number().int(), label: MatchLabel, score: z.number(), diff: WordDiffOp.array() })
    .array(),
});
export type PairAlignment = z.infer<typeof PairAlignment>;
