/**
 * Lexical statistics learned from a CoNLL training file by `scripts/learn-ner.ts`. Every count
 * array is indexed as documented; types are in `entityTypes` order (PER, ORG, LOC, MISC).
 */
export interface NerModel {
  version: 1;
  /** Whole entity strings (tokens joined by one space) seen in training → index of their most frequent type. */
  entities: Record<string, number>;
  /** Capitalised token, exact case → counts [B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC, O]. */
  tokens: Record<string, number[]>;
  /** Lower-cased word right before an entity → counts of the entity's type [PER, ORG, LOC, MISC]. */
  previous: Record<string, number[]>;
  /** Last three letters of a capitalised token → counts [PER, ORG, LOC, MISC, O]. */
  suffixes: Record<string, number[]>;
  /** Words seen in lower case often enough that a capitalised form is probably just sentence-initial. */
  lowercase: string[];
}
