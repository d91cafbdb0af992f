import { createHash } from 'node:crypto';
import type { Annotation, ClaimJudgement, ReliabilityGrade } from '../../shared/judgements';
import { canonicalJson } from './canonicalJson';

export const fingerprintCovers =
  'SHA-256 of canonical JSON {sources: sorted SHA-256 of every source, judgements: claim judgements that differ from the default, sorted by claim id, grades: source grades by SHA-256, annotations: anchored notes sorted by id}';

export interface FingerprintInput {
  sources: readonly { id: number; sha256: string }[];
  judgements: readonly ClaimJudgement[];
  grades: readonly { sourceId: number; grade: ReliabilityGrade }[];
  annotations: readonly Annotation[];
}

const isDecided = (judgement: ClaimJudgement) =>
  judgement.verdict !== null || judgement.confidence !== null || judgement.note !== '' || judgement.isFlagged || judgement.tags.length > 0;

/**
 * The case state a dossier was made from, independent of export options: the same sources
 * and the same analyst work give the same fingerprint on any machine. Sources are named by
 * their hash, not their row id, so a copied or re-imported case keeps its fingerprint.
 */
export function caseFingerprint(input: FingerprintInput): string {
  const shaById = new Map(input.sources.map((source) => [source.id, source.sha256]));
  const state = {
    sources: input.sources.map((source) => source.sha256).sort(),
    judgements: input.judgements
      .filter(isDecided)
      .map((judgement) => ({ ...judgement, tags: [...judgement.tags].sort() }))
      .sort((a, b) => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0)),
    grades: input.grades
      .map((grade) => ({ source: shaById.get(grade.sourceId) ?? String(grade.sourceId), grade: grade.grade }))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)),
    annotations: [...input.annotations]
      .sort((a, b) => a.id - b.id)
      .map((annotation) => ({
        source: annotation.sourceSha256,
        start: annotation.start,
        end: annotation.end,
        quote: annotation.quote,
        note: annotation.note,
        tags: [...annotation.tags].sort(),
        claimId: annotation.claimId,
      })),
  };
  return createHash('sha256').update(canonicalJson(state), 'utf8').digest('hex');
}
