// The Markdown dossier's other sections, in the HTML dossier's order and words; figures the
// HTML draws (the reuse matrix, the origin graph) are given as the lists and tables behind them.
import type { Dossier, DossierClaim, DossierSource } from '../../../shared/dossier';
import { describeSelection } from '../html/renderCover';
import { credibilityWords, formatDateTime, gradeWords, kindWords, percent, plural } from '../html/dossierWords';
import { escapeMarkdown, escapeMarkdownLine } from './escapeMarkdown';
import { markdownTable } from './markdownTable';

const itemIndent = '  ';

export function markdownCover(dossier: Dossier): string {
  const { counts } = dossier;
  const ofTotal = (shown: number, total: number) => (shown === total ? shown.toLocaleString('en') : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')} in the case`);
  const verdicts = ['1', '2', '3', '4', '5', '6']
    .filter((verdict) => (counts.byVerdict[verdict] ?? 0) > 0)
    .map((verdict) => `${verdict} ${credibilityWords[Number(verdict)]}: ${counts.byVerdict[verdict]}`);
  verdicts.push(`undecided: ${counts.byVerdict.undecided ?? 0}`);
  const byline = dossier.case.analystName ? `Prepared by ${escapeMarkdown(dossier.case.analystName)}` : 'Analyst not named';
  return `# Dossier: ${escapeMarkdownLine(dossier.case.name)}

${byline} · ${escapeMarkdown(formatDateTime(dossier.generatedAt))}

This dossier holds ${escapeMarkdown(describeSelection(dossier))}.

${markdownTable(
  ['Fact', 'Value'],
  [
    ['Sources', ofTotal(counts.sources, dossier.case.totalSources)],
    ['Claims', ofTotal(counts.claims, dossier.case.totalClaims)],
    ['By status', `contested ${counts.byStatus.contested ?? 0} · single source ${counts.byStatus['single-source'] ?? 0} · corroborated ${counts.byStatus.corroborated ?? 0}`],
    ['By analyst verdict', verdicts.join(' · ')],
    ['Flagged', String(counts.flagged)],
    ['Annotations', String(counts.annotations)],
    ['Case fingerprint', `sha256:${dossier.case.fingerprint} (${dossier.case.fingerprintCovers})`],
  ],
)}`;
}

const credibility = (claim: DossierClaim) =>
  claim.credibility.analyst === undefined ? `${claim.credibility.proposed} ${credibilityWords[claim.credibility.proposed]} (proposed)` : `${claim.credibility.analyst} ${credibilityWords[claim.credibility.analyst]} (analyst)`;

const claimItem = (claim: DossierClaim, detail: string) => `- ${claim.label}: ${escapeMarkdown(claim.text, itemIndent)}\\\n${itemIndent}${escapeMarkdown(detail, itemIndent)}`;

export function markdownSummary(dossier: Dossier): string {
  const contested = dossier.claims.filter((claim) => claim.status === 'contested');
  const oneOrigin = dossier.claims.filter((claim) => claim.status !== 'contested' && claim.isSingleOrigin && claim.supporting > 1);
  const oneSource = dossier.claims.filter((claim) => claim.status !== 'contested' && claim.isSingleOrigin && claim.supporting <= 1);
  const corroborated = dossier.claims.filter((claim) => claim.status === 'corroborated');
  const labelOf = (id: number) => dossier.sources.find((source) => source.id === id)?.label ?? `S${id}`;
  const groups = dossier.reuse.originGroups.map((group) => `{${group.map(labelOf).join(', ')}}`);
  const against = (claim: DossierClaim) => {
    const contradicting = claim.mentions.filter((mention) => mention.stance === 'contradicts');
    const reasons = [...new Set(contradicting.flatMap((mention) => (mention.reason ? [mention.reason] : [])))];
    return `${reasons.join('; ') || 'contradicted'} · ${contradicting.map((mention) => mention.sourceLabel).join(', ')} against · credibility ${credibility(claim)}`;
  };
  const repeated = (claim: DossierClaim) =>
    `${plural(claim.supporting, 'source')}, ${plural(claim.independentOrigins, 'independent origin')} (${claim.mentions.map((mention) => mention.sourceLabel).join(', ')}) · credibility ${credibility(claim)}`;
  return `## Executive summary

${plural(dossier.counts.claims, 'claim')} from ${plural(dossier.counts.sources, 'source')}: ${contested.length} contested, ${oneOrigin.length} repeated by several sources that go back to one origin, ${oneSource.length} found in one source only, and ${corroborated.length} corroborated by two or more independent origins. ${groups.length > 0 ? `The sources fall into ${plural(groups.length, 'origin group')}: ${escapeMarkdown(groups.join(', '))}.` : 'No origin groups were computed for these sources.'}

### Contested claims

${contested.length > 0 ? contested.map((claim) => claimItem(claim, against(claim))).join('\n') : 'No claim is contested.'}

### Claims resting on a single origin

${oneOrigin.length > 0 ? oneOrigin.map((claim) => claimItem(claim, repeated(claim))).join('\n') : 'No claim is repeated by sources that share one origin.'}`;
}

export function markdownReuse(dossier: Dossier): string {
  const { reuse } = dossier;
  const byId = new Map(dossier.sources.map((source) => [source.id, source]));
  const labelOf = (id: number) => byId.get(id)?.label ?? `S${id}`;
  const edges = reuse.edges.map((edge) => `- ${labelOf(edge.from)} → ${labelOf(edge.to)} (${percent(edge.share)} of the copy): ${escapeMarkdown(edge.evidence.join('; '), itemIndent)}`);
  const groups = reuse.originGroups.map((group, index) => [`G${index + 1}`, group.map((id) => `${labelOf(id)} ${byId.get(id)?.title ?? ''}`).join('; ')]);
  return `## Reuse and origins

Who likely copied whom, with the share of the copy's text taken from the origin:

${edges.length > 0 ? edges.join('\n') : 'No source appears to copy another.'}

Sources in one origin group share one origin: a claim they all repeat counts once. ${plural(reuse.originGroups.length, 'group')}.${groups.length > 0 ? `\n\n${markdownTable(['Group', 'Sources'], groups)}` : ''}`;
}

export function markdownAnnotations(dossier: Dossier): string {
  if (dossier.annotations.length === 0) return '## Annotations\n\nThe analyst made no annotations in these sources.';
  const items = dossier.annotations.map((annotation) => {
    const where = annotation.sourceLabel ? `${annotation.sourceLabel}, characters ${annotation.start}–${annotation.end}` : 'source removed';
    const claim = annotation.claimLabel ? `, on ${annotation.claimLabel}` : annotation.claimId ? ', on a claim not in this dossier' : '';
    const lines = [
      `- A${annotation.id}, ${where}${claim}, ${escapeMarkdown(formatDateTime(annotation.updatedAt))}: “${escapeMarkdown(annotation.quote, itemIndent)}”`,
      ...(annotation.isOrphaned ? ['The quoted text is no longer found in the source.'] : []),
      ...(annotation.note ? [`Note: ${escapeMarkdown(annotation.note, itemIndent)}`] : []),
      ...(annotation.tags.length > 0 ? [`Tags: ${annotation.tags.map((tag) => `“${escapeMarkdown(tag, itemIndent)}”`).join(', ')}`] : []),
    ];
    return lines.join(`\\\n${itemIndent}`);
  });
  return `## Annotations\n\n${items.join('\n')}`;
}

function sourceSection(source: DossierSource): string {
  const field = (name: 'outlet' | 'byline' | 'publishedAt', value: string | null) => {
    const provenance = source.provenance[name];
    if (!value) return 'not found';
    return provenance ? `${value} (${provenance.isInferred ? `inferred, ${provenance.origin}` : provenance.origin})` : value;
  };
  return `### ${source.label}: ${escapeMarkdownLine(source.title)}

${markdownTable(
  ['Field', 'Value'],
  [
    ['Outlet', field('outlet', source.outlet)],
    ['Byline', field('byline', source.byline)],
    ['Published', field('publishedAt', source.publishedAt)],
    ['Kind', kindWords[source.kind] ?? source.kind],
    ['File', source.fileName],
    ['SHA-256', source.sha256],
    ['Imported', formatDateTime(source.importedAt)],
    ['Reliability', source.grade ? `${source.grade} ${gradeWords[source.grade]}` : 'not graded'],
    ['Size', `${source.words.toLocaleString('en')} words, ${source.sentences.toLocaleString('en')} sentences`],
    ['Origin group', source.originGroup === null ? '—' : `G${source.originGroup + 1}`],
  ],
)}`;
}

export function markdownSources(dossier: Dossier): string {
  return `## Sources and provenance

Each source as imported: the SHA-256 is of the original file's bytes, so a reviewer can check the file they hold is the one analysed. In brackets, where each field was read from.

${dossier.sources.map(sourceSection).join('\n\n')}`;
}

/** The clean texts, one Markdown paragraph per source paragraph; spans are not marked (Markdown has no highlight), their offsets are in the claims above. */
export function markdownAppendix(dossier: Dossier): string {
  if (!dossier.appendix) return '';
  const sources = dossier.appendix.map((source) => {
    const paragraphs = source.paragraphs.length > 0 ? source.paragraphs : [{ start: 0, end: source.text.length }];
    return `### ${source.label}: ${escapeMarkdownLine(source.title)}\n\n${paragraphs.map((paragraph) => escapeMarkdown(source.text.slice(paragraph.start, paragraph.end))).join('\n\n')}`;
  });
  return `## Appendix: source texts\n\nEach source's clean text as analysed.\n\n${sources.join('\n\n')}`;
}
