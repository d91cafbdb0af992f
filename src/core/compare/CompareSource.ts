import type { SourceKind } from '../../shared/domain';
import type { MatchLabel, WordDiffOp } from '../../shared/comparison';

/** What the comparison needs of a source: its sentences and the metadata origins are argued from. */
export interface CompareSource {
  id: number;
  publishedAt: string | null;
  kind: SourceKind;
  sentences: { id: number; text: string }[];
}

/** A sentence of one source matched with a sentence of another; `a` is the source with the lower id. */
export interface SentenceAlignment {
  a: number;
  aSentence: number;
  b: number;
  bSentence: number;
  label: MatchLabel;
  score: number;
  /** Word diff of aSentence against bSentence; the engine's alignments work it out on read (LazyDiffAlignment). */
  diff: WordDiffOp[];
}
