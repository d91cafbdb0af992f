import type { Database } from 'better-sqlite3';
import { noCheckpoint, type AnalysisCheckpoint } from '../analysis/AnalysisCheckpoint';
import { comparisonRepository } from '../store/comparisonRepository';
import { alignIndexedSentences } from './alignIndexedSentences';
import { bestSentenceMatches } from './bestSentenceMatches';
import { indexSentence } from './indexSentence';
import { inferOrigins } from './inferOrigins';
import { reuseMatrix } from './reuseMatrix';

/**
 * Brings a case's stored comparison up to date in one transaction. Only sources with sentences
 * not yet compared (new imports, re-segmented sources) are indexed and scored against the rest;
 * pairs of sources already compared keep their alignments. Deleted sources have already taken
 * their rows with them (ON DELETE CASCADE). The matrix and origins, cheap sums over the stored
 * alignments, are then rebuilt whole, since one new source can change any origin group.
 */
export function updateComparison(db: Database, checkpoint: AnalysisCheckpoint = noCheckpoint): { pairsScored: number; sourcesTouched: number } {
  const repository = comparisonRepository(db);
  return db.transaction(() => {
    const touched = repository.sourcesNeedingComparison();
    let pairsScored = 0;
    if (touched.length > 0) {
      for (const [done, sourceId] of touched.entries()) {
        checkpoint({ step: 'indexing', done, total: touched.length });
        repository.deleteSourceComparison(sourceId);
        for (const sentence of repository.sentencesOf(sourceId)) repository.insertSignature(indexSentence(sentence.id, sourceId, sentence.text));
      }
    }
    // Read once: the candidate index needs the shingles, the shares need every source's words.
    const signatures = repository.allSignatures();
    if (touched.length > 0) {
      const result = alignIndexedSentences(signatures, repository.sentenceText, { touchedSourceIds: new Set(touched), checkpoint });
      for (const alignment of result.alignments) repository.insertAlignment(alignment);
      pairsScored = result.pairsScored;
    }
    const sentenceWords = repository.sentenceWordCounts();
    const sourceWords = new Map<number, number>();
    for (const signature of signatures) {
      sourceWords.set(signature.sourceId, (sourceWords.get(signature.sourceId) ?? 0) + signature.wordCount);
    }
    const matches = bestSentenceMatches(repository.allAlignments(), sentenceWords);
    const matrix = reuseMatrix(matches, sourceWords);
    const { edges } = inferOrigins(repository.sources(), matrix, matches, sourceWords);
    repository.replaceMatrix(matrix);
    repository.replaceEdges(edges);
    return { pairsScored, sourcesTouched: touched.length };
  })();
}
