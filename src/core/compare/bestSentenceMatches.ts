import type { MatchLabel } from '../../shared/comparison';
import { matchLabels } from './alignSentencePair';
import { pairKey } from './pairKey';

export interface MatrixAlignment {
  a: number;
  aSentence: number;
  b: number;
  bSentence: number;
  label: MatchLabel;
}

/** A sentence of `source` with a counterpart in `other`, under its strongest label there. */
export interface SentenceMatch {
  source: number;
  other: number;
  sentence: number;
  label: MatchLabel;
  words: number;
}

const labelRank = new Map<MatchLabel, number>(matchLabels.map((label, index) => [label, index]));

/** One entry per (sentence, other source): a sentence matched by several counterparts counts once. */
export function bestSentenceMatches(alignments: readonly MatrixAlignment[], sentenceWords: ReadonlyMap<number, number>): SentenceMatch[] {
  // Matches in order of first sighting; a stronger label found later takes the same place.
  const best: SentenceMatch[] = [];
  const placeOf = new Map<number | string, number>();
  const consider = (source: number, sentence: number, other: number, label: MatchLabel): void => {
    const key = pairKey(sentence, other);
    const place = placeOf.get(key);
    const current = place === undefined ? undefined : best[place];
    if (place === undefined || !current) {
      placeOf.set(key, best.length);
      best.push({ source, other, sentence, label, words: sentenceWords.get(sentence) ?? 0 });
    } else if ((labelRank.get(label) ?? 9) < (labelRank.get(current.label) ?? 9)) {
      best[place] = { source, other, sentence, label, words: sentenceWords.get(sentence) ?? 0 };
    }
  };
  for (const alignment of alignments) {
    consider(alignment.a, alignment.aSentence, alignment.b, alignment.label);
    consider(alignment.b, alignment.bSentence, alignment.a, alignment.label);
  }
  return best;
}
