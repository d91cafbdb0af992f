import type { ClaimRow } from './claimLabels';

export interface ClaimFilters {
  text: string;
  kind: string;
  status: string;
  sourceId: number | null;
  tag: string;
}

export const noFilters: ClaimFilters = { text: '', kind: '', status: '', sourceId: null, tag: '' };

/** Lower-cased words of a claim the free-text filter looks in, built once per claim list. */
export function searchTextOf(claim: ClaimRow): string {
  return [claim.text, claim.speaker, claim.value, claim.judgement.note, ...claim.judgement.tags, ...claim.mentions.map((m) => m.text)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Filters run before the table sorts and groups, in one pass, so 100,000 rows stay quick. */
export function filterClaims(claims: readonly ClaimRow[], haystacks: readonly string[], filters: ClaimFilters): ClaimRow[] {
  const needle = filters.text.trim().toLowerCase();
  return claims.filter((claim, index) => {
    if (filters.kind && claim.kind !== filters.kind) return false;
    if (filters.status && claim.status !== filters.status) return false;
    if (filters.tag && !claim.judgement.tags.includes(filters.tag)) return false;
    if (filters.sourceId !== null && !claim.mentions.some((mention) => mention.source === filters.sourceId)) return false;
    return needle === '' || (haystacks[index] ?? '').includes(needle);
  });
}
