import type { ComparisonResult, MatchLabel, ReuseShare } from '../../../../shared/comparison';

export interface Counterpart {
  source: number;
  sentence: number;
  label: MatchLabel;
  score: number;
}

export interface ComparisonIndex {
  /** Share of `a`'s text found in `b`, by label. */
  share(a: number, b: number): ReuseShare | undefined;
  /** Every counterpart of a sentence, in any other source. */
  counterparts(sentenceId: number): readonly Counterpart[];
  /** Sources the stored comparison has seen; a source outside it was imported after the last run. */
  comparedSources: ReadonlySet<number>;
  /** Sources that share any text with another. */
  reusingSources: ReadonlySet<number>;
  groupOf(sourceId: number): number | undefined;
}

const none: readonly Counterpart[] = [];

/** Lookups the views need many times per render, built once per result. */
export function indexComparison(result: ComparisonResult): ComparisonIndex {
  const shares = new Map<string, ReuseShare>();
  const reusing = new Set<number>();
  for (const row of result.matrix) {
    shares.set(`${row.a}:${row.b}`, row);
    if (row.shared > 0) {
      reusing.add(row.a);
      reusing.add(row.b);
    }
  }
  const bySentence = new Map<number, Counterpart[]>();
  const add = (sentence: number, counterpart: Counterpart) => {
    const list = bySentence.get(sentence);
    if (list) list.push(counterpart);
    else bySentence.set(sentence, [counterpart]);
  };
  for (const row of result.alignments) {
    add(row.aSentence, { source: row.b, sentence: row.bSentence, label: row.label, score: row.score });
    add(row.bSentence, { source: row.a, sentence: row.aSentence, label: row.label, score: row.score });
  }
  const groups = new Map<number, number>();
  result.originGroups.forEach((group, index) => group.forEach((id) => groups.set(id, index)));
  return {
    share: (a, b) => shares.get(`${a}:${b}`),
    counterparts: (sentenceId) => bySentence.get(sentenceId) ?? none,
    comparedSources: new Set(groups.keys()),
    reusingSources: reusing,
    groupOf: (sourceId) => groups.get(sourceId),
  };
}
