// The Markdown dossier's claims: the analyst's judgement, then each source's words for the claim.
import type { Dossier, DossierClaim, DossierMention } from '../../../shared/dossier';
import { credibilityWords, plural, statusWords } from '../html/dossierWords';
import { escapeMarkdown } from './escapeMarkdown';

/** Continued lines of a list item are indented under its text. */
const item = (text: string) => `- ${text}`;
const itemIndent = '  ';
/** A quote inside a list item: every line of it carries the block quote marker. */
const quoteIndent = `${itemIndent}> `;

function mentionItem(mention: DossierMention): string {
  const stance = mention.stance === 'contradicts' ? '✕ contradicts' : '✓ supports';
  const reason = mention.reason ? ` (${escapeMarkdown(mention.reason, itemIndent)})` : '';
  // The conflicting words are listed after the quote rather than emphasised inside it: an
  // emphasis mark next to punctuation may not open, and would then show as a literal `**`.
  const conflicts = mention.conflicts.map((span) => `“${escapeMarkdown(mention.text.slice(span.start, span.end), itemIndent)}”`);
  const departs = conflicts.length > 0 ? `\n\n${itemIndent}Departs in: ${conflicts.join(', ')}` : '';
  return `${item(`${stance} ${mention.sourceLabel}, characters ${mention.start}–${mention.end}${reason}:`)}\n\n${quoteIndent}${escapeMarkdown(mention.text, quoteIndent)}${departs}`;
}

function claimSection(claim: DossierClaim): string {
  const supports = claim.mentions.filter((mention) => mention.stance === 'supports').length;
  const details = [claim.kind, claim.speaker ? `speaker: ${claim.speaker}` : '', claim.value ? `value: ${claim.value}` : ''].filter(Boolean).join(' · ');
  const { judgement } = claim;
  const analyst = claim.credibility.analyst;
  const facts = [
    `Kind: ${escapeMarkdown(details, itemIndent)}`,
    `Status: ${statusWords[claim.status]}`,
    `Sources: ${supports} supporting, ${claim.mentions.length - supports} contradicting, ${plural(claim.independentOrigins, 'independent origin')}${claim.isSingleOrigin ? ' (all from one origin)' : ''}`,
    `Proposed credibility: ${claim.credibility.proposed} ${credibilityWords[claim.credibility.proposed]}, ${escapeMarkdown(claim.credibility.reason, itemIndent)}`,
    `Analyst verdict: ${analyst === undefined ? 'undecided' : `${analyst} ${credibilityWords[analyst]}${judgement.confidence ? `, ${judgement.confidence} confidence` : ''}`}`,
    ...(judgement.isFlagged ? ['Flagged'] : []),
    ...(judgement.tags.length > 0 ? [`Tags: ${judgement.tags.map((tag) => `“${escapeMarkdown(tag, itemIndent)}”`).join(', ')}`] : []),
    ...(judgement.note ? [`Note: ${escapeMarkdown(judgement.note, itemIndent)}`] : []),
  ];
  const omitted = claim.omittedMentions > 0 ? `\n\n${plural(claim.omittedMentions, 'mention')} in sources left out of this dossier.` : '';
  return `### ${claim.label}

${escapeMarkdown(claim.text)}

${facts.map(item).join('\n')}

Evidence:

${claim.mentions.length > 0 ? claim.mentions.map(mentionItem).join('\n\n') : 'No mention in the sources of this dossier.'}${omitted}`;
}

export function markdownClaims(dossier: Dossier): string {
  if (dossier.claims.length === 0) return '## Claims and evidence\n\nNo claim matches the selection.';
  return `## Claims and evidence

Each claim with the analyst's judgement, then its evidence: the exact words quoted from each source, with character offsets into the source's clean text. Claims are ordered contested first, then those resting on one origin.

${dossier.claims.map(claimSection).join('\n\n')}`;
}
