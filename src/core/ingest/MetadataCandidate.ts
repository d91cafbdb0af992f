/** A value for a metadata field found somewhere in a source, before the best one is chosen. */
export interface MetadataCandidate {
  field: 'title' | 'outlet' | 'byline' | 'publishedAt';
  value: string;
  /** Where a person can check it, e.g. `html <meta property="og:title">`, `line 3 "…"`. */
  origin: string;
  /** Higher wins; ties go to the earlier candidate. */
  score: number;
  isInferred: boolean;
}
