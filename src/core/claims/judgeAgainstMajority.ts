import type { ClusteredMention, StoredMention } from './ClaimCluster';

/** Beyond this many different wordings of one claim, the rest are judged against the winner only. */
const maxVariantsJudged = 40;

/** Earliest publication first, then lowest source id: the order a reader would meet the sources. */
export function byPublication(first: StoredMention, second: StoredMention): number {
  const a = first.publishedAt ?? '9999';
  const b = second.publishedAt ?? '9999';
  return a < b ? -1 : a > b ? 1 : first.sourceId - second.sourceId || first.start - second.start;
}

/**
 * The mention most other mentions agree with (by distinct sources), earliest on a tie; the
 * rest are marked against it by `conflict`.
 */
export function judgeAgainstMajority(
  mentions: readonly StoredMention[],
  conflict: (first: StoredMention, second: StoredMention) => string | null,
  signature: (mention: StoredMention) => string,
  variantsJudged = maxVariantsJudged,
  canRepresent: (mention: StoredMention) => boolean = () => true,
): { representative: StoredMention; judged: ClusteredMention[] } {
  // Most claims have one mention, which supports itself: nothing to compare.
  const [only] = mentions;
  if (mentions.length === 1 && only) return { representative: only, judged: [{ mention: only, stance: 'supports', reason: null }] };
  const ordered = [...mentions].sort(byPublication);
  // Mentions that say the same thing the same way are judged once, as one variant.
  const variants = new Map<string, { mention: StoredMention; sources: Set<number> }>();
  for (const mention of ordered) {
    const key = signature(mention);
    const variant = variants.get(key) ?? { mention, sources: new Set<number>() };
    variant.sources.add(mention.sourceId);
    variants.set(key, variant);
  }
  const candidates = [...variants.values()].slice(0, variantsJudged);
  // Some wordings agree with anything ("about 6" with both 5.9 and 6.1): they judge no one when a firmer one exists.
  const firm = candidates.filter((candidate) => canRepresent(candidate.mention));
  let representative = ordered[0] as StoredMention;
  let bestAgreement = -1;
  for (const candidate of firm.length > 0 ? firm : candidates) {
    const agreeing = new Set<number>();
    for (const other of candidates) {
      if (other === candidate || conflict(candidate.mention, other.mention) === null) for (const source of other.sources) agreeing.add(source);
    }
    if (agreeing.size > bestAgreement) {
      bestAgreement = agreeing.size;
      representative = candidate.mention;
    }
  }
  const verdicts = new Map<string, string | null>();
  const judged = ordered.map((mention): ClusteredMention => {
    const key = signature(mention);
    let reason = verdicts.get(key);
    if (reason === undefined) {
      reason = key === signature(representative) ? null : conflict(representative, mention);
      verdicts.set(key, reason);
    }
    return { mention, stance: reason === null ? 'supports' : 'contradicts', reason };
  });
  return { representative, judged };
}
