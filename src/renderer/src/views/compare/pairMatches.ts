import type { PairAlignment } from '../../../../shared/comparison';

export type PairMatch = PairAlignment['alignments'][number] & { key: string };

export interface SideMatches {
  /** The best match of each sentence of the left source, by sentence id. */
  left: Map<number, PairMatch>;
  right: Map<number, PairMatch>;
  all: PairMatch[];
}

/** Each sentence keeps its best match, so its colour tells the closest relation it has. */
export function pairMatches(pair: PairAlignment | undefined): SideMatches {
  const left = new Map<number, PairMatch>();
  const right = new Map<number, PairMatch>();
  const all: PairMatch[] = [];
  for (const alignment of pair?.alignments ?? []) {
    const match = { ...alignment, key: `${alignment.aSentence}-${alignment.bSentence}` };
    all.push(match);
    const previousLeft = left.get(match.aSentence);
    if (!previousLeft || previousLeft.score < match.score) left.set(match.aSentence, match);
    const previousRight = right.get(match.bSentence);
    if (!previousRight || previousRight.score < match.score) right.set(match.bSentence, match);
  }
  return { left, right, all };
}
