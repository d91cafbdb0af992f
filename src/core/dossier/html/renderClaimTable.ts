import type { Dossier, DossierClaim, DossierMention } from '../../../shared/dossier';
import { credibilityWords, plural, statusWords } from './dossierWords';
import { escapeHtml } from './escapeHtml';
import { markSpans } from './markSpans';

// Every element of the claim table costs layout, paint, an accessibility node and a PDF tag, a
// thousand claims over: about 10 KB of Chromium's memory each while it prints a tagged PDF. So
// styles sit on the cells, plain text goes without a wrapper, rows need no group of their own,
// and a claim with two mentions is about 21 elements (it was 35).

function statusCell(claim: DossierClaim): string {
  if (claim.status === 'contested') return '<td class="status contested">✕ contested</td>';
  if (claim.status === 'corroborated') return '<td class="status corroborated">✓ corroborated</td>';
  return `<td class="status single">${statusWords[claim.status]}</td>`;
}

function credibilityCell(claim: DossierClaim): string {
  const proposed = claim.credibility.proposed;
  const analyst = claim.credibility.analyst;
  const confidence = claim.judgement.confidence ? `, ${claim.judgement.confidence} confidence` : '';
  return (
    `<td class="credibility">Proposed <b class="badge">${proposed}</b> ${credibilityWords[proposed]}` +
    (analyst === undefined
      ? '<small>Analyst undecided</small>'
      : `<span class="analyst">Analyst <b class="badge strong">${analyst}</b> ${credibilityWords[analyst]}${escapeHtml(confidence)}</span>`) +
    '</td>'
  );
}

function notesCell(claim: DossierClaim): string {
  const parts: string[] = [];
  if (claim.judgement.isFlagged) parts.push('<b class="flag">⚑ flagged</b>');
  if (claim.judgement.tags.length > 0) parts.push(`<span class="tags">${claim.judgement.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(' ')}</span>`);
  if (claim.judgement.note) parts.push(`<span class="note">${escapeHtml(claim.judgement.note)}</span>`);
  return parts.length > 0 ? `<td class="notes">${parts.join('')}</td>` : '<td class="notes muted">—</td>';
}

/**
 * One source's words for the claim: a row of its own, so a long claim breaks between sources,
 * never inside one. The last row also carries `trailer`, the note on mentions left out, rather
 * than a row of its own. The stance's colour is a rule down the row's left edge; the cell's
 * own text (the offsets) is set small and muted by the cell, so it needs no element.
 */
function mentionRow(claim: DossierClaim, mention: DossierMention, isLast: boolean, trailer = ''): string {
  const isAgainst = mention.stance === 'contradicts';
  // The claim is worded after one of its mentions; that one is not printed twice.
  const isClaimWording = mention.text === claim.text && mention.conflicts.length === 0;
  const quote = isClaimWording
    ? ''
    : `<blockquote>${markSpans(mention.text, mention.conflicts.map((span) => ({ ...span, className: 'conflict' })))}</blockquote>`;
  return (
    `<tr class="mention-row ${isAgainst ? 'contradicts' : 'supports'}${isLast ? ' last' : ''}"><td colspan="6">` +
    `<b class="stance">${isAgainst ? '✕ contradicts' : '✓ supports'}</b> ` +
    `<a class="source-ref" href="#${mention.sourceLabel}">${escapeHtml(mention.sourceLabel)}</a> characters ${mention.start}–${mention.end}${isClaimWording ? ', in the words of the claim above' : ''}` +
    (mention.reason ? ` <b class="reason">${escapeHtml(mention.reason)}</b>` : '') +
    `${quote}${trailer}</td></tr>`
  );
}

function claimBody(claim: DossierClaim): string {
  const supports = claim.mentions.filter((mention) => mention.stance === 'supports').length;
  const contradicts = claim.mentions.length - supports;
  const details = [claim.kind, claim.speaker ? `speaker: ${claim.speaker}` : '', claim.value ? `value: ${claim.value}` : ''].filter(Boolean).join(' · ');
  const omitted = claim.omittedMentions > 0 ? `<small class="omitted">${plural(claim.omittedMentions, 'mention')} in sources left out of this dossier.</small>` : '';
  return `<tr class="claim-row" id="${claim.label}">
<th scope="row">${claim.label}</th>
<td class="claim-text">${escapeHtml(claim.text)}<small>${escapeHtml(details)} · proposed ${claim.credibility.proposed}, ${escapeHtml(claim.credibility.reason)}</small></td>
${statusCell(claim)}
<td class="counts"><b class="supports">✓ ${supports}</b><b class="contradicts">✕ ${contradicts}</b>${plural(claim.independentOrigins, 'origin')}</td>
${credibilityCell(claim)}
${notesCell(claim)}
</tr>
${claim.mentions.map((mention, index) => (index === claim.mentions.length - 1 ? mentionRow(claim, mention, true, omitted) : mentionRow(claim, mention, false))).join('\n')}`;
}

export function renderClaimTable(dossier: Dossier): string {
  const intro = `<p>Each claim with the analyst's judgement, then its evidence: the exact words quoted from each source (character offsets into the source's clean text, see the appendix or the source file). Words and values where a contradicting source departs from the claim are <mark class="conflict">marked</mark>. Claims are ordered contested first, then those resting on one origin.</p>`;
  if (dossier.claims.length === 0) return `<section id="claims"><h2>Claims and evidence</h2><p class="muted">No claim matches the selection.</p></section>`;
  return `<section id="claims">
<h2>Claims and evidence</h2>
${intro}
<table class="claims">
<colgroup><col class="c-number"><col class="c-claim"><col class="c-status"><col class="c-sources"><col class="c-credibility"><col class="c-notes"></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Sources</th><th scope="col">Credibility</th><th scope="col">Notes and tags</th></tr></thead>
<tbody>
${dossier.claims.map((claim) => claimBody(claim)).join('\n')}
</tbody>
</table>
</section>`;
}
