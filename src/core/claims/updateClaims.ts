import type { Database } from 'better-sqlite3';
import { applyClusterChoices } from '../desk/applyClusterChoices';
import { noClusterChoices, type ClusterChoices } from '../desk/ClusterChoices';
import { ClaimRepository } from '../store/claimRepository';
import { clusterClaims } from './clusterClaims';
import { extractClaims } from './extractClaims';

/** Bump when extraction changes, so every source is extracted again on the next run. */
export const extractorVersion = 2;

const sourcesPerCommit = 500;

/**
 * Extracts the claims of every source not yet extracted (by this extractor version), then
 * re-clusters the whole case and grades each claim against the given origin groups.
 */
export function updateClaims(
  db: Database,
  originGroups: number[][],
  choices: ClusterChoices = noClusterChoices,
): { sourcesExtracted: number; claims: number } {
  const repository = new ClaimRepository(db);
  const pending = repository.sourcesToExtract(extractorVersion);
  const at = new Date().toISOString();
  // Saved in batches: one commit per batch, not per source, while memory holds only a batch's mentions.
  for (let first = 0; first < pending.length; first += sourcesPerCommit) {
    const extractions = pending.slice(first, first + sourcesPerCommit).flatMap((sourceId) => {
      const source = repository.sourceForClaims(sourceId);
      return source ? [{ sourceId, mentions: extractClaims(source) }] : [];
    });
    repository.saveExtractions(extractions, extractorVersion, at);
  }
  const clusters = applyClusterChoices(clusterClaims(repository.mentions(), originGroups), choices, originGroups);
  repository.replaceClaims(clusters);
  return { sourcesExtracted: pending.length, claims: clusters.length };
}
