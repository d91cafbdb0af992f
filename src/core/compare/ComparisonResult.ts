import type { MatchLabel } from './alignSentencePair';

/** Share of source `a`'s words found in source `b`, in total and by the best label of each sentence. */
export interface ReuseShare {
  a: number;
  b: number;
  shared: number;
  verbatim: number;
  near: number;
  substituted: number;
  paraphrase: number;
}

/** `from` is the likely origin, `to` the copy; `share` is the fraction of the copy's text found in the origin. */
export interface OriginEdge {
  from: number;
  to: number;
  share: number;
  evidence: string[];
}

/** What `compare --json` prints. */
export interface ComparisonResult {
  matrix: ReuseShare[];
  edges: OriginEdge[];
  originGroups: number[][];
  alignments: { a: number; aSentence: number; b: number; bSentence: number; label: MatchLabel; score: number }[];
}
