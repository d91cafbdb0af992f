import type { ClaimRow } from './claimLabels';

export interface ClaimFilters {
  text: string;
  kind: string;
  status: string;
  sourceId: number | null;
  tag: string;
}

export const noFilters: ClaimFilters = { text: '', kind: '', status: '', sourceId: null, tag: '' };

/** Whether any filter narrows the list. */
export function isFiltering(filters: ClaimFilters): boolean {
  return filters !== noFilters && JSON.stringify(filters) !== JSON.stringify(noFilters);
}

/** Lower-cased words of a claim the free-text filter looks in, built once per claim list. */
export function searchTextOf(claim: ClaimRow): string {
  return [claim.text, claim.speaker, claim.value, claim.judgement.note, ...claim.judgement.tags, ...claim.mentions.map((m) => m.text)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/**
 * The search text of each claim of one list, built the first time the free-text filter asks
 * for it and kept for the next keystroke: opening the table does not pay for it.
 */
export function lazySearchTexts(claims: readonly ClaimRow[]): (index: number) => string {
  const texts: (string | undefined)[] = [];
  return (index) => {
    const known = texts[index];
    if (known !== undefined) return known;
    const claim = claims[index];
    const text = claim ? searchTextOf(claim) : '';
    texts[index] = text;
    return text;
  };
}

/** Filters run before the table sorts and groups, in one pass, so 100,000 rows stay quick. */
export function filterClaims(claims: readonly ClaimRow[], searchText: (index: number) => string, filters: ClaimFilters): readonly ClaimRow[] {
  const needle = filters.text.trim().toLowerCase();
  const isFiltered = needle !== '' || filters.kind !== '' || filters.status !== '' || filters.tag !== '' || filters.sourceId !== null;
  // Unfiltered, the list itself goes to the table: no copy of 100,000 rows on opening.
  if (!isFiltered) return claims;
  return claims.filter((claim, index) => {
    if (filters.kind && claim.kind !== filters.kind) return false;
    if (filters.status && claim.status !== filters.status) return false;
    if (filters.tag && !claim.judgement.tags.includes(filters.tag)) return false;
    if (filters.sourceId !== null && !claim.mentions.some((mention) => mention.source === filters.sourceId)) return false;
    return needle === '' || searchText(index).includes(needle);
  });
}
