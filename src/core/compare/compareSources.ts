import { alignSources } from './alignSources';
import { bestSentenceMatches } from './bestSentenceMatches';
import type { CompareSource, SentenceAlignment } from './CompareSource';
import type { ComparisonResult } from '../../shared/comparison';
import { inferOrigins } from './inferOrigins';
import { reuseMatrix } from './reuseMatrix';

/** The whole comparison of a set of sources, in memory: alignments, reuse matrix, origins. */
export function compareSources(sources: readonly CompareSource[]): ComparisonResult & { detailedAlignments: SentenceAlignment[]; pairsScored: number } {
  const { alignments, pairsScored, sentenceWords } = alignSources(sources);
  const sourceWords = new Map(
    sources.map((source) => [source.id, source.sentences.reduce((sum, sentence) => sum + (sentenceWords.get(sentence.id) ?? 0), 0)]),
  );
  const matches = bestSentenceMatches(alignments, sentenceWords);
  const matrix = reuseMatrix(matches, sourceWords);
  const { edges, originGroups } = inferOrigins(sources, matrix, matches, sourceWords);
  return {
    matrix,
    edges,
    originGroups,
    alignments: alignments.map(({ a, aSentence, b, bSentence, label, score }) => ({ a, aSentence, b, bSentence, label, score })),
    detailedAlignments: alignments,
    pairsScored,
  };
}
