import { matchLabels, type MatchLabel } from './alignSentencePair';

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
  const best = new Map<string, SentenceMatch>();
  const consider = (source: number, sentence: number, other: number, label: MatchLabel): void => {
    const key = `${sentence}:${other}`;
    const current = best.get(key);
    if (!current || (labelRank.get(label) ?? 9) < (labelRank.get(current.label) ?? 9)) {
      best.set(key, { source, other, sentence, label, words: sentenceWords.get(sentence) ?? 0 });
    }
  };
  for (const alignment of alignments) {
    consider(alignment.a, alignment.aSentence, alignment.b, alignment.label);
    consider(alignment.b, alignment.bSentence, alignment.a, alignment.label);
  }
  return [...best.values()];
}
