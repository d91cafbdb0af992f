import type { BridgeOutput } from '../../../../shared/api';
import type { ClaimKind, ClaimStatus } from '../../../../shared/claims';

export type ClaimRow = BridgeOutput<'claims:list'>['claims'][number];
export type ClaimMentionRow = ClaimRow['mentions'][number];

/** Admiralty credibility, 1–6, in the words the analyst uses. */
export const credibilityLabels: Record<number, string> = {
  1: 'Confirmed',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Cannot be judged',
};

export const gradeLabels: Record<string, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Cannot be judged',
};

export const kindLabels: Record<ClaimKind, string> = {
  quote: 'Quote',
  quantity: 'Quantity',
  event: 'Event',
  role: 'Role',
  statement: 'Statement',
};

export const statusLabels: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single origin',
  contested: 'Contested',
};

export const credibilityLabel = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${value} · ${credibilityLabels[value] ?? ''}`;

/** Speaker for quotes and roles, the value for figures and dates: what the claim is about. */
export const speakerOrValue = (claim: ClaimRow) => [claim.speaker, claim.value].filter(Boolean).join(' · ');
