import type { Database } from 'better-sqlite3';
import { noCheckpoint, type AnalysisCheckpoint } from '../analysis/AnalysisCheckpoint';
import { applyClusterChoices } from '../desk/applyClusterChoices';
import { noClusterChoices, type ClusterChoices } from '../desk/ClusterChoices';
import { ClaimRepository } from '../store/claimRepository';
import { clusterClaims } from './clusterClaims';
import { extractClaims } from './extractClaims';

/** Bump when extraction changes, so every source is extracted again on the next run. */
export const extractorVersion = 3;

const sourcesPerCommit = 500;

/**
 * Extracts the claims of every source not yet extracted (by this extractor version), then
 * re-clusters the whole case and grades each claim against the given origin groups.
 */
export function updateClaims(
  db: Database,
  originGroups: number[][],
  choices: ClusterChoices = noClusterChoices,
  checkpoint: AnalysisCheckpoint = noCheckpoint,
): { sourcesExtracted: number; claims: number } {
  const repository = new ClaimRepository(db);
  const pending = repository.sourcesToExtract(extractorVersion);
  const at = new Date().toISOString();
  // Saved in batches (a commit each when run alone, a savepoint inside analyseCase's transaction),
  // so memory holds only a batch's mentions.
  for (let first = 0; first < pending.length; first += sourcesPerCommit) {
    const extractions = pending.slice(first, first + sourcesPerCommit).flatMap((sourceId, offset) => {
      checkpoint({ step: 'extracting', done: first + offset, total: pending.length });
      const source = repository.sourceForClaims(sourceId);
      return source ? [{ sourceId, mentions: extractClaims(source) }] : [];
    });
    repository.saveExtractions(extractions, extractorVersion, at);
  }
  checkpoint({ step: 'clustering', done: 0, total: 1 });
  const clusters = applyClusterChoices(clusterClaims(repository.mentions(), originGroups), choices, originGroups);
  checkpoint({ step: 'clustering', done: 1, total: 1 });
  repository.replaceClaims(clusters);
  return { sourcesExtracted: pending.length, claims: clusters.length };
}
