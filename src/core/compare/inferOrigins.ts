import type { SourceKind } from '../../shared/domain';
import type { SentenceMatch } from './bestSentenceMatches';
import type { OriginEdge, ReuseShare } from '../../shared/comparison';
import { pairKey } from './pairKey';

export interface OriginSource {
  id: number;
  publishedAt: string | null;
  kind: SourceKind;
}

export interface Origins {
  edges: OriginEdge[];
  originGroups: number[][];
}

// A pair is linked by copying when at least this share of the smaller side's text is copied
// text (verbatim, near or substituted sentences). Paraphrase alone can be two reporters
// describing one event, so it adds to the share of a link but never makes one.
export const minimumCopiedShare = 0.1;
// "One text inside the other": most of one side is found in the other, which adds its own.
const containedShare = 0.6;

const copyLabels = new Set(['verbatim', 'near', 'substituted']);

/**
 * Direction and evidence of copying for each linked pair, and the origin groups: connected
 * components of the copying graph, every source in exactly one group. Text two sources share
 * only because both took it from a common origin (a press release quoted by two outlets) does
 * not link them to each other: one origin, not three.
 */
export function inferOrigins(
  sources: readonly OriginSource[],
  matrix: readonly ReuseShare[],
  matches: readonly SentenceMatch[],
  sourceWords: ReadonlyMap<number, number>,
): Origins {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const shareOf = new Map(matrix.map((row) => [pairKey(row.a, row.b), row]));
  const candidates: { edge: OriginEdge; isDirected: boolean }[] = [];
  for (const row of matrix) {
    if (row.a >= row.b) continue;
    const first = byId.get(row.a);
    const second = byId.get(row.b);
    const reverse = shareOf.get(pairKey(row.b, row.a));
    if (!first || !second || !reverse) continue;
    const copiedFirst = row.verbatim + row.near + row.substituted;
    const copiedSecond = reverse.verbatim + reverse.near + reverse.substituted;
    if (Math.max(copiedFirst, copiedSecond) < minimumCopiedShare) continue;
    candidates.push(directEdge(first, second, row, reverse));
  }

  // Matches by (source, other), in match order; and which (sentence, other source) pairs matched
  // (a sentence belongs to one source, so this also says "sentence of source found in other").
  const matchesBetween = new Map<number | string, SentenceMatch[]>();
  const isMatchedIn = new Set<number | string>();
  for (const match of matches) {
    const key = pairKey(match.source, match.other);
    const between = matchesBetween.get(key);
    if (between) between.push(match);
    else matchesBetween.set(key, [match]);
    isMatchedIn.add(pairKey(match.sentence, match.other));
  }
  const originsOf = new Map<number, Set<number>>();
  for (const { edge, isDirected } of candidates) {
    if (!isDirected) continue;
    const origins = originsOf.get(edge.to) ?? new Set<number>();
    origins.add(edge.from);
    originsOf.set(edge.to, origins);
  }
  const unexplainedCopiedShare = (source: number, other: number, commonOrigins: readonly number[]): number => {
    let words = 0;
    for (const match of matchesBetween.get(pairKey(source, other)) ?? []) {
      if (!copyLabels.has(match.label)) continue;
      if (commonOrigins.some((origin) => isMatchedIn.has(pairKey(match.sentence, origin)))) continue;
      words += match.words;
    }
    return words / Math.max(sourceWords.get(source) ?? 0, 1);
  };
  const edges = candidates
    .filter(({ edge }) => {
      const fromOrigins = originsOf.get(edge.from) ?? new Set<number>();
      const commonOrigins = [...(originsOf.get(edge.to) ?? [])].filter((origin) => fromOrigins.has(origin) && origin !== edge.from);
      if (commonOrigins.length === 0) return true;
      const unexplained = Math.max(
        unexplainedCopiedShare(edge.from, edge.to, commonOrigins),
        unexplainedCopiedShare(edge.to, edge.from, commonOrigins),
      );
      return unexplained >= minimumCopiedShare;
    })
    .map(({ edge }) => edge);
  return { edges, originGroups: connectedGroups(sources.map((source) => source.id), edges) };
}

/** `firstInSecond` is the share of first's text found in second; `secondInFirst` the reverse. */
function directEdge(
  first: OriginSource,
  second: OriginSource,
  firstInSecond: ReuseShare,
  secondInFirst: ReuseShare,
): { edge: OriginEdge; isDirected: boolean } {
  const forFirst: string[] = [];
  const forSecond: string[] = [];
  let weight = 0;
  const kindEvidence = (origin: OriginSource, copy: OriginSource): string | null => {
    if (origin.kind === 'press-release' && copy.kind !== 'press-release') return `source ${origin.id} is a press release, ${copy.id} is not`;
    if (origin.kind === 'wire' && (copy.kind === 'news-article' || copy.kind === 'unknown')) return `source ${origin.id} is wire copy, ${copy.id} a ${copy.kind === 'unknown' ? 'source of unknown kind' : 'news article'}`;
    return null;
  };
  const firstKind = kindEvidence(first, second);
  const secondKind = kindEvidence(second, first);
  if (firstKind && !secondKind) {
    forFirst.push(firstKind);
    weight += first.kind === 'press-release' ? 3 : 1;
  } else if (secondKind && !firstKind) {
    forSecond.push(secondKind);
    weight -= second.kind === 'press-release' ? 3 : 1;
  }
  const order = comparePublication(first.publishedAt, second.publishedAt);
  if (order < 0) {
    forFirst.push(`source ${first.id} published ${first.publishedAt ?? ''}, before ${second.id} (${second.publishedAt ?? ''})`);
    weight += 2;
  } else if (order > 0) {
    forSecond.push(`source ${second.id} published ${second.publishedAt ?? ''}, before ${first.id} (${first.publishedAt ?? ''})`);
    weight -= 2;
  }
  const firstInside = firstInSecond.shared;
  const secondInside = secondInFirst.shared;
  if (firstInside >= containedShare && firstInside >= 2 * secondInside) {
    forFirst.push(`${percent(firstInside)} of ${first.id} is inside ${second.id}, which adds ${percent(1 - secondInside)} of its own text`);
    weight += 1;
  } else if (secondInside >= containedShare && secondInside >= 2 * firstInside) {
    forSecond.push(`${percent(secondInside)} of ${second.id} is inside ${first.id}, which adds ${percent(1 - firstInside)} of its own text`);
    weight -= 1;
  }
  const sharedEvidence = (copy: number, origin: number, share: ReuseShare): string =>
    `${percent(share.shared)} of ${copy}'s text is found in ${origin} (verbatim ${percent(share.verbatim)}, near ${percent(share.near)}, substituted ${percent(share.substituted)}, paraphrase ${percent(share.paraphrase)})`;
  if (weight > 0) {
    return {
      edge: { from: first.id, to: second.id, share: secondInFirst.shared, evidence: [...forFirst, sharedEvidence(second.id, first.id, secondInFirst)] },
      isDirected: true,
    };
  }
  if (weight < 0) {
    return {
      edge: { from: second.id, to: first.id, share: firstInSecond.shared, evidence: [...forSecond, sharedEvidence(first.id, second.id, firstInSecond)] },
      isDirected: true,
    };
  }
  // No evidence either way (or evidence that cancels out): keep the link, say so, and list
  // it in import order so the graph stays stable.
  return {
    edge: {
      from: first.id,
      to: second.id,
      share: secondInFirst.shared,
      evidence: [
        ...forFirst,
        ...forSecond,
        'direction undetermined: no publication times, source kinds or containment tell which came first',
        sharedEvidence(second.id, first.id, secondInFirst),
      ],
    },
    isDirected: false,
  };
}

/** Negative when `left` was published before `right`; 0 when unknown or indistinguishable (same day, no times). */
export function comparePublication(left: string | null, right: string | null): number {
  if (!left || !right) return 0;
  const hasTime = (value: string): boolean => /T\d/.test(value);
  if (hasTime(left) && hasTime(right)) {
    const difference = Date.parse(left) - Date.parse(right);
    return Number.isNaN(difference) ? 0 : Math.sign(difference);
  }
  const leftDay = left.slice(0, 10);
  const rightDay = right.slice(0, 10);
  return leftDay === rightDay ? 0 : leftDay < rightDay ? -1 : 1;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function connectedGroups(ids: readonly number[], edges: readonly { from: number; to: number }[]): number[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: number): number => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  for (const edge of edges) {
    if (!parent.has(edge.from) || !parent.has(edge.to)) continue;
    const left = find(edge.from);
    const right = find(edge.to);
    if (left !== right) parent.set(Math.max(left, right), Math.min(left, right));
  }
  const groups = new Map<number, number[]>();
  for (const id of [...ids].sort((left, right) => left - right)) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()].sort((left, right) => (left[0] ?? 0) - (right[0] ?? 0));
}
