import type { Database } from 'better-sqlite3';
import type { Claim, ClaimMention, ClaimsResult } from '../../shared/claims';
import { ClaimRepository } from '../store/claimRepository';

/**
 * The stored claims (all, or those with these ids) in the CLI's JSON shape; each mention's text
 * is the exact span of its source.
 */
export function readClaims(db: Database, ids?: readonly string[]): ClaimsResult {
  const repository = new ClaimRepository(db);
  const texts = new Map<number, string>();
  const textOf = (sourceId: number): string => {
    let text = texts.get(sourceId);
    if (text === undefined) {
      text = repository.sourceText(sourceId) ?? '';
      texts.set(sourceId, text);
    }
    return text;
  };
  const mentionsByClaim = new Map<string, ClaimMention[]>();
  for (const row of repository.claimMentions(ids)) {
    const mentions = mentionsByClaim.get(row.claim_id) ?? [];
    mentions.push({
      source: row.source_id,
      stance: row.stance,
      text: textOf(row.source_id).slice(row.start, row.end),
      start: row.start,
      end: row.end,
      ...(row.reason ? { reason: row.reason } : {}),
    });
    mentionsByClaim.set(row.claim_id, mentions);
  }
  const claims = repository.claims(ids).map((row): Claim => ({
    id: row.id,
    kind: row.kind,
    text: row.text,
    ...(row.speaker ? { speaker: row.speaker } : {}),
    ...(row.value ? { value: row.value } : {}),
    status: row.status,
    supporting: row.supporting,
    independentOrigins: row.independent_origins,
    credibility: { proposed: row.proposed_credibility, reason: row.credibility_reason },
    mentions: mentionsByClaim.get(row.id) ?? [],
  }));
  return { claims };
}
