/** How many independent origins back a claim, and the Admiralty credibility that follows. */
export interface ClaimGrade {
  status: 'corroborated' | 'single-source' | 'contested';
  supporting: number;
  contradicting: number;
  independentOrigins: number;
  contradictingOrigins: number;
  /** Admiralty scale: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. */
  proposed: 1 | 2 | 3 | 4 | 5 | 6;
  reason: string;
}

/** Maps each source to its origin: sources joined by copying share one; any other source is its own. */
export function originOf(originGroups: readonly (readonly number[])[]): (sourceId: number) => string {
  const groupOf = new Map<number, number>();
  originGroups.forEach((group, index) => {
    for (const sourceId of group) if (!groupOf.has(sourceId)) groupOf.set(sourceId, index);
  });
  return (sourceId) => {
    const group = groupOf.get(sourceId);
    return group === undefined ? `source:${sourceId}` : `group:${group}`;
  };
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function countOrigins(sources: ReadonlySet<number>, origin: (sourceId: number) => string): number {
  if (sources.size <= 1) return sources.size;
  const origins = new Set<string>();
  for (const sourceId of sources) origins.add(origin(sourceId));
  return origins.size;
}

export function gradeClaim(supportingSources: readonly number[], contradictingSources: readonly number[], origin: (sourceId: number) => string): ClaimGrade {
  const supporting = new Set(supportingSources);
  const contradicting = new Set(contradictingSources);
  const independentOrigins = countOrigins(supporting, origin);
  const contradictingOrigins = countOrigins(contradicting, origin);
  const base = { supporting: supporting.size, contradicting: contradicting.size, independentOrigins, contradictingOrigins };
  const backing = `${plural(supporting.size, 'source')} from ${plural(independentOrigins, 'independent origin')}`;
  if (contradicting.size > 0) {
    const against = `${plural(contradicting.size, 'source')} from ${plural(contradictingOrigins, 'origin')} contradict it`;
    if (independentOrigins > contradictingOrigins && independentOrigins >= 2) {
      return { ...base, status: 'contested', proposed: 2, reason: `probably true: ${backing} support it; ${against}` };
    }
    if (independentOrigins >= contradictingOrigins) {
      return { ...base, status: 'contested', proposed: 4, reason: `doubtful: ${backing} support it, but ${against}` };
    }
    return { ...base, status: 'contested', proposed: 5, reason: `improbable: only ${backing} support it; ${against}` };
  }
  if (independentOrigins >= 2) return { ...base, status: 'corroborated', proposed: 1, reason: `confirmed: ${backing}, none contradicting` };
  if (supporting.size >= 2) {
    return { ...base, status: 'single-source', proposed: 3, reason: `possibly true: ${plural(supporting.size, 'source')} repeat one origin; nothing independent confirms or contradicts it` };
  }
  return { ...base, status: 'single-source', proposed: 6, reason: 'cannot be judged: a single source, nothing confirms or contradicts it' };
}
