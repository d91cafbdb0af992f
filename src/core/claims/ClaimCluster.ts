import type { ClaimKind } from '../../shared/claims';
import type { ExtractedMention } from './ExtractedMention';
import type { ClaimGrade } from './gradeClaim';

/** A mention as the store keeps it: with its row id and its source's publication date. */
export type StoredMention = ExtractedMention & { id: number; publishedAt: string | null };

export interface ClusteredMention {
  mention: StoredMention;
  stance: 'supports' | 'contradicts';
  reason: string | null;
}

/** One claim: the mentions that make it, who backs it, and the proposed credibility. */
export interface ClaimCluster {
  /** Stable across re-runs: derived from the claim's normalised content, not from row ids. */
  id: string;
  kind: ClaimKind;
  text: string;
  speaker: string | null;
  value: string | null;
  mentions: ClusteredMention[];
  grade: ClaimGrade;
}
