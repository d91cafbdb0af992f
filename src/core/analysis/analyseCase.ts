import type { Database } from 'better-sqlite3';
import type { AnalysisSummary } from '../../shared/analysis';
import { updateClaims } from '../claims/updateClaims';
import { readOriginGroups } from '../compare/readComparison';
import { updateComparison } from '../compare/updateComparison';
import type { ClusterChoices } from '../desk/ClusterChoices';
import { noCheckpoint, type AnalysisCheckpoint } from './AnalysisCheckpoint';

/**
 * Brings the derived tables up to date with the sources: sentence alignment and origins
 * first, then claims, which count independence by origin group. Only what changed is redone.
 * One transaction: a run stopped at a checkpoint, or killed, leaves the case as it was.
 */
export function analyseCase(db: Database, choices: ClusterChoices, checkpoint: AnalysisCheckpoint = noCheckpoint): AnalysisSummary {
  return db.transaction(() => {
    const comparison = updateComparison(db, checkpoint);
    const claims = updateClaims(db, readOriginGroups(db), choices, checkpoint);
    return {
      pairsScored: comparison.pairsScored,
      sourcesCompared: comparison.sourcesTouched,
      sourcesExtracted: claims.sourcesExtracted,
      claims: claims.claims,
    };
  })();
}

/** After merges, splits and corrections: the clusters are redone, the extraction kept. */
export function reclusterClaims(db: Database, choices: ClusterChoices): void {
  updateClaims(db, readOriginGroups(db), choices);
}
