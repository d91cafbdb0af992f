import type { Dossier, DossierAnnotation, DossierClaim, DossierOptions, DossierSource, AppendixSource, AppendixSpan } from '../../shared/dossier';
import { dossierSchemaVersion } from '../../shared/dossier';
import { WorkbenchError } from '../WorkbenchError';
import { caseFingerprint, fingerprintCovers } from './caseFingerprint';
import type { DossierInput, JudgedClaim } from './DossierInput';
import { findConflictSpans } from './findConflictSpans';

/**
 * Contested claims first, then claims several sources repeat from one origin, then claims in
 * one source only, then corroborated ones; within each, flagged first, then the most
 * repeated, then reading order.
 */
function claimRank(claim: JudgedClaim): number {
  if (claim.status === 'contested') return 0;
  if (claim.independentOrigins <= 1) return claim.supporting > 1 ? 1 : 2;
  return 3;
}

function firstMention(claim: JudgedClaim): { source: number; start: number } {
  let first = claim.mentions[0] ?? { source: 0, start: 0 };
  for (const mention of claim.mentions) {
    if (mention.source < first.source || (mention.source === first.source && mention.start < first.start)) first = mention;
  }
  return first;
}

function compareClaims(a: JudgedClaim, b: JudgedClaim): number {
  const aFirst = firstMention(a);
  const bFirst = firstMention(b);
  return (
    claimRank(a) - claimRank(b) ||
    Number(b.judgement.isFlagged) - Number(a.judgement.isFlagged) ||
    b.supporting - a.supporting ||
    aFirst.source - bFirst.source ||
    aFirst.start - bFirst.start ||
    (a.id < b.id ? -1 : 1)
  );
}

function keepsClaim(claim: JudgedClaim, options: DossierOptions, sourceIds: ReadonlySet<number>): boolean {
  if (options.filter === 'contested' && claim.status !== 'contested') return false;
  if (options.filter === 'flagged' && !claim.judgement.isFlagged) return false;
  if (options.tags.length > 0) {
    const wanted = new Set(options.tags.map((tag) => tag.toLowerCase()));
    if (!claim.judgement.tags.some((tag) => wanted.has(tag.toLowerCase()))) return false;
  }
  if (options.verdicts.length > 0 && (claim.judgement.verdict === null || !options.verdicts.includes(claim.judgement.verdict))) return false;
  return claim.mentions.some((mention) => sourceIds.has(mention.source));
}

const sourceLabel = (id: number) => `S${id}`;

/** Builds the dossier's data from the case; pure apart from asking `input` for source details. */
export function buildDossier(input: DossierInput, options: DossierOptions, generatedAt: string): Dossier {
  const known = new Set(input.sources.map((source) => source.id));
  const missing = (options.sourceIds ?? []).filter((id) => !known.has(id));
  if (missing.length > 0) throw new WorkbenchError('not-found', `There is no source ${missing.join(', ')} in this case.`);
  const included = input.sources.filter((source) => options.sourceIds === null || options.sourceIds.includes(source.id));
  const includedIds = new Set(included.map((source) => source.id));

  const claims: DossierClaim[] = input.claims
    .filter((claim) => keepsClaim(claim, options, includedIds))
    .sort(compareClaims)
    .map((claim, index) => {
      const mentions = claim.mentions.filter((mention) => includedIds.has(mention.source));
      return {
        ...claim,
        number: index + 1,
        label: `C${index + 1}`,
        mentions: mentions.map((mention) => ({
          ...mention,
          sourceLabel: sourceLabel(mention.source),
          conflicts: mention.stance === 'contradicts' ? findConflictSpans(claim.kind, claim.text, mention.text, mention.reason) : [],
        })),
        omittedMentions: claim.mentions.length - mentions.length,
        isSingleOrigin: claim.supporting > 0 && claim.independentOrigins <= 1,
      };
    });
  const labelByClaimId = new Map(claims.map((claim) => [claim.id, claim.label]));

  const groups = input.comparison.originGroups
    .map((group) => group.filter((id) => includedIds.has(id)))
    .filter((group) => group.length > 0);
  const groupBySource = new Map(groups.flatMap((group, index) => group.map((id) => [id, index] as const)));
  const gradeBySource = new Map(input.grades.map((grade) => [grade.sourceId, grade.grade]));
  const details = new Map(included.map((source) => [source.id, input.sourceDetail(source.id)]));

  const sources: DossierSource[] = included.map((source) => ({
    ...source,
    label: sourceLabel(source.id),
    grade: gradeBySource.get(source.id) ?? null,
    provenance: details.get(source.id)?.provenance ?? {},
    originGroup: groupBySource.get(source.id) ?? null,
  }));

  const annotations: DossierAnnotation[] = input.annotations
    .filter((annotation) => annotation.sourceId === null || includedIds.has(annotation.sourceId))
    .map((annotation) => ({
      ...annotation,
      sourceLabel: annotation.sourceId === null ? null : sourceLabel(annotation.sourceId),
      claimLabel: annotation.claimId === null ? null : (labelByClaimId.get(annotation.claimId) ?? null),
    }));

  const countBy = <T>(items: readonly T[], key: (item: T) => string, keys: readonly string[]) => {
    const counts: Record<string, number> = Object.fromEntries(keys.map((name) => [name, 0]));
    for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  };

  return {
    schemaVersion: dossierSchemaVersion,
    generator: 'Triangulate',
    generatedAt,
    options,
    case: {
      name: input.caseInfo.name,
      analystName: options.analystName,
      fingerprint: caseFingerprint({
        sources: input.sources,
        judgements: input.judgements,
        grades: input.grades,
        annotations: input.annotations,
      }),
      fingerprintCovers,
      totalSources: input.sources.length,
      totalClaims: input.totalClaims,
    },
    counts: {
      sources: sources.length,
      claims: claims.length,
      byStatus: countBy(claims, (claim) => claim.status, ['contested', 'single-source', 'corroborated']),
      byVerdict: countBy(claims, (claim) => (claim.judgement.verdict === null ? 'undecided' : String(claim.judgement.verdict)), ['1', '2', '3', '4', '5', '6', 'undecided']),
      flagged: claims.filter((claim) => claim.judgement.isFlagged).length,
      annotations: annotations.length,
    },
    claims,
    sources,
    reuse: {
      matrix: input.comparison.matrix.filter((share) => includedIds.has(share.a) && includedIds.has(share.b)),
      edges: input.comparison.edges.filter((edge) => includedIds.has(edge.from) && includedIds.has(edge.to)),
      originGroups: groups,
    },
    annotations,
    appendix: options.includeAppendix ? buildAppendix(sources, details, claims, annotations) : null,
  };
}

function buildAppendix(
  sources: readonly DossierSource[],
  details: ReadonlyMap<number, { text: string; paragraphs: { start: number; end: number }[] }>,
  claims: readonly DossierClaim[],
  annotations: readonly DossierAnnotation[],
): AppendixSource[] {
  return sources.map((source) => {
    const detail = details.get(source.id);
    const spans: AppendixSpan[] = [
      ...claims.flatMap((claim) =>
        claim.mentions.filter((mention) => mention.source === source.id).map((mention) => ({ start: mention.start, end: mention.end, kind: 'claim' as const, label: claim.label })),
      ),
      ...annotations
        .filter((annotation) => annotation.sourceId === source.id && !annotation.isOrphaned)
        .map((annotation) => ({ start: annotation.start, end: annotation.end, kind: 'annotation' as const, label: `A${annotation.id}` })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    return { sourceId: source.id, label: source.label, title: source.title, text: detail?.text ?? '', paragraphs: detail?.paragraphs ?? [], spans };
  });
}
