import type { Claim } from '../../shared/claims';
import type { ComparisonResult } from '../../shared/comparison';
import type { CaseInfo, SourceDetail, SourceSummary } from '../../shared/domain';
import type { Annotation, ClaimJudgement, ReliabilityGrade } from '../../shared/judgements';

/** What a dossier is made from: the Workbench's read-only views of the case. */
export interface DossierInput {
  caseInfo: CaseInfo;
  sources: SourceSummary[];
  /** Full detail (text, provenance) of a source; only asked for the sources the dossier includes. */
  sourceDetail(id: number): SourceDetail;
  comparison: ComparisonResult;
  claims: (Claim & { judgement: ClaimJudgement })[];
  grades: { sourceId: number; grade: ReliabilityGrade }[];
  annotations: Annotation[];
}

/** The Workbench methods a dossier reads; typed structurally so this folder does not import the Workbench. */
export interface DossierReader {
  caseInfo(): CaseInfo;
  listSources(): SourceSummary[];
  getSource(id: number): SourceDetail;
  comparison(): ComparisonResult;
  claimsWithJudgements(): { claims: (Claim & { judgement: ClaimJudgement })[] };
  sourceGrades(): { sourceId: number; grade: ReliabilityGrade }[];
  annotations(): Annotation[];
}

export function readDossierInput(reader: DossierReader): DossierInput {
  return {
    caseInfo: reader.caseInfo(),
    sources: reader.listSources(),
    sourceDetail: (id) => reader.getSource(id),
    comparison: reader.comparison(),
    claims: reader.claimsWithJudgements().claims,
    grades: reader.sourceGrades(),
    annotations: reader.annotations(),
  };
}
