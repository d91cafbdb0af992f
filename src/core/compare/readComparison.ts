import type { Database } from 'better-sqlite3';
import { comparisonRepository } from '../store/comparisonRepository';
import type { ComparisonResult, PairAlignment, WordDiffOp } from '../../shared/comparison';
import { connectedGroups } from './inferOrigins';
import { diffSentenceTexts } from './LazyDiffAlignment';

/** The stored comparison of a case, as `compare --json` prints it. Reads only; run updateComparison first. */
export function readComparison(db: Database): ComparisonResult {
  const repository = comparisonRepository(db);
  const edges = repository.readEdges();
  return {
    matrix: repository.readMatrix(),
    edges,
    originGroups: connectedGroups(repository.sources().map((source) => source.id), edges),
    alignments: repository.allAlignments(),
  };
}

/** Origin groups: sources linked by copying; a source that copies and is copied by none stands alone. */
export function readOriginGroups(db: Database): number[][] {
  const repository = comparisonRepository(db);
  return connectedGroups(repository.sources().map((source) => source.id), repository.readEdges());
}

/**
 * The matched sentences of two sources with their word diffs (recomputed from the stored
 * sentences, not stored), oriented as asked: `aSentence`
 * and the diff's `a` side belong to source `a` whichever id is lower.
 */
export function readPairAlignment(db: Database, a: number, b: number): PairAlignment {
  const isSwapped = a > b;
  const repository = comparisonRepository(db);
  const rows = repository.pairAlignments(Math.min(a, b), Math.max(a, b));
  return {
    a,
    b,
    alignments: rows.map((row) => {
      // Diffed as found (lower source id first), then mirrored if the other orientation was asked.
      const diff = diffSentenceTexts(repository.sentenceText(row.aSentence), repository.sentenceText(row.bSentence));
      return {
        aSentence: isSwapped ? row.bSentence : row.aSentence,
        bSentence: isSwapped ? row.aSentence : row.bSentence,
        label: row.label,
        score: row.score,
        diff: isSwapped ? diff.map(swapSides) : diff,
      };
    }),
  };
}

function swapSides(op: WordDiffOp): WordDiffOp {
  const kind = op.op === 'insert' ? 'delete' : op.op === 'delete' ? 'insert' : op.op;
  return { op: kind, aWords: op.bWords, bWords: op.aWords, a: op.b, b: op.a };
}
