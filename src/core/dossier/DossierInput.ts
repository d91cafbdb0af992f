import type { Claim, ClaimStatus } from '../../shared/claims';
import type { ComparisonResult } from '../../shared/comparison';
import type { CaseInfo, SourceDetail, SourceSummary } from '../../shared/domain';
import type { DossierOptions } from '../../shared/dossier';
import type { Annotation, ClaimJudgement, ReliabilityGrade } from '../../shared/judgements';

export type JudgedClaim = Claim & { judgement: ClaimJudgement };

/** What a dossier is made from: the Workbench's read-only views of the case. */
export interface DossierInput {
  caseInfo: CaseInfo;
  sources: SourceSummary[];
  /** Full detail (text, provenance) of a source; only asked for the sources the dossier includes. */
  sourceDetail(id: number): SourceDetail;
  comparison: ComparisonResult;
  /** Every claim the options may keep (a superset of those kept), not every claim of the case. */
  claims: JudgedClaim[];
  /** Claims in the whole case, for the cover. */
  totalClaims: number;
  /** The analyst's judgements of claims that exist in the case, for the fingerprint. */
  judgements: ClaimJudgement[];
  grades: { sourceId: number; grade: ReliabilityGrade }[];
  annotations: Annotation[];
}

/** The claim store's read-only queries a dossier needs to choose claims (`ClaimRepository`), typed structurally. */
export interface DossierClaimQueries {
  claimCount(): number;
  claimIdsInSources(sourceIds: readonly number[]): string[];
  claimIdsWithStatus(status: ClaimStatus): string[];
  existingClaimIds(ids: readonly string[]): string[];
}

/** What the Workbench hands a dossier to read from; typed structurally so this folder does not import the Workbench. */
export interface DossierReader {
  caseInfo(): CaseInfo;
  listSources(): SourceSummary[];
  getSource(id: number): SourceDetail;
  comparison(): ComparisonResult;
  claimQueries: DossierClaimQueries;
  /** The analyst's claim judgements by claim id; claims without one are unjudged. */
  claimJudgements(): ReadonlyMap<string, ClaimJudgement>;
  /** Claims with their judgements (`Workbench.claimsWithJudgements`): all, or those with these ids. */
  claimsWithJudgements(ids?: readonly string[]): JudgedClaim[];
  sourceGrades(): { sourceId: number; grade: ReliabilityGrade }[];
  annotations(): Annotation[];
}

/**
 * Ids of the claims that can pass the options' filters, or null when none narrows the choice.
 * A superset of what `buildDossier` keeps (it applies the filters itself, the one rule for
 * them): this only spares reading and assembling claims that cannot be kept, so a dossier of
 * 1,000 claims from a case of 40,000 holds 1,000 in memory.
 */
function candidateClaimIds(options: DossierOptions, queries: DossierClaimQueries, judgements: ReadonlyMap<string, ClaimJudgement>): string[] | null {
  const chosen: { ids: Set<string> | null } = { ids: null };
  const narrow = (next: Iterable<string>) => {
    const previous = chosen.ids;
    chosen.ids = new Set(previous === null ? next : [...next].filter((id) => previous.has(id)));
  };
  const judgedWhere = (test: (judgement: ClaimJudgement) => boolean) => [...judgements.values()].filter(test).map((judgement) => judgement.claimId);
  if (options.filter === 'flagged') narrow(judgedWhere((judgement) => judgement.isFlagged));
  if (options.verdicts.length > 0) narrow(judgedWhere((judgement) => judgement.verdict !== null && options.verdicts.includes(judgement.verdict)));
  if (options.tags.length > 0) {
    const wanted = new Set(options.tags.map((tag) => tag.toLowerCase()));
    narrow(judgedWhere((judgement) => judgement.tags.some((tag) => wanted.has(tag.toLowerCase()))));
  }
  if (options.filter === 'contested') narrow(queries.claimIdsWithStatus('contested'));
  if (options.sourceIds !== null) narrow(queries.claimIdsInSources(options.sourceIds));
  return chosen.ids === null ? null : [...chosen.ids];
}

export function readDossierInput(reader: DossierReader, options: DossierOptions): DossierInput {
  const queries = reader.claimQueries;
  const judgements = reader.claimJudgements();
  const candidates = candidateClaimIds(options, queries, judgements);
  const claims = reader.claimsWithJudgements(candidates ?? undefined);
  const existing = new Set(queries.existingClaimIds([...judgements.keys()]));
  return {
    caseInfo: reader.caseInfo(),
    sources: reader.listSources(),
    sourceDetail: (id) => reader.getSource(id),
    comparison: reader.comparison(),
    claims,
    totalClaims: queries.claimCount(),
    judgements: [...judgements.values()].filter((judgement) => existing.has(judgement.claimId)),
    grades: reader.sourceGrades(),
    annotations: reader.annotations(),
  };
}
