// The claim table's contract: what the engine hands the CLI, the bridge and the views.
import { z } from 'zod';

export const ClaimKind = z.enum(['quote', 'quantity', 'event', 'role', 'statement']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const ClaimStatus = z.enum(['corroborated', 'single-source', 'contested']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** Admiralty credibility: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
export const Credibility = z.number().int().min(1).max(6);

export const ClaimMention = z.object({
  source: z.number().int(),
  stance: z.enum(['supports', 'contradicts']),
  /** Exactly `clean_text.slice(start, end)` of the source. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Why the mention contradicts the claim: a different figure, date, role or wording. */
  reason: z.string().optional(),
});
export type ClaimMention = z.infer<typeof ClaimMention>;

export const Claim = z.object({
  /** Stable across engine re-runs: derived from the claim's normalised content. */
  id: z.string(),
  kind: ClaimKind,
  text: z.string(),
  speaker: z.string().optional(),
  value: z.string().optional(),
  status: ClaimStatus,
  /** Distinct sources that support the claim. */
  supporting: z.number().int(),
  /** Distinct origins among them: sources that copied one another count once. */
  independentOrigins: z.number().int(),
  credibility: z.object({ proposed: Credibility, analyst: Credibility.optional(), reason: z.string() }),
  mentions: ClaimMention.array(),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimsResult = z.object({ claims: Claim.array() });
export type ClaimsResult = z.infer<typeof ClaimsResult>;
