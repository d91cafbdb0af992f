import type { Dossier, DossierClaim, DossierMention } from '../../../shared/dossier';
import { credibilityWords, plural, statusWords } from './dossierWords';
import { escapeHtml } from './escapeHtml';
import { markSpans } from './markSpans';

function statusChip(claim: DossierClaim): string {
  if (claim.status === 'contested') return '<span class="chip contested">✕ contested</span>';
  if (claim.status === 'corroborated') return '<span class="chip corroborated">✓ corroborated</span>';
  return `<span class="chip single">${statusWords[claim.status]}</span>`;
}

function credibilityCell(claim: DossierClaim): string {
  const proposed = claim.credibility.proposed;
  const analyst = claim.credibility.analyst;
  const confidence = claim.judgement.confidence ? `, ${claim.judgement.confidence} confidence` : '';
  return (
    `<div><span class="muted">Proposed</span> <span class="badge">${proposed}</span> ${credibilityWords[proposed]}</div>` +
    (analyst === undefined
      ? '<div class="muted">Analyst undecided</div>'
      : `<div><span class="muted">Analyst</span> <span class="badge strong">${analyst}</span> ${credibilityWords[analyst]}${escapeHtml(confidence)}</div>`)
  );
}

function notesCell(claim: DossierClaim): string {
  const parts: string[] = [];
  if (claim.judgement.isFlagged) parts.push('<span class="chip flag">⚑ flagged</span>');
  if (claim.judgement.tags.length > 0) parts.push(`<div>${claim.judgement.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(' ')}</div>`);
  if (claim.judgement.note) parts.push(`<div class="note">${escapeHtml(claim.judgement.note)}</div>`);
  return parts.join('');
}

/**
 * One source's words for the claim: a row of its own, so a long claim breaks between sources,
 * never inside one. The last row also carries `trailer`, the note on mentions left out, rather
 * than a row of its own: each row is three more boxes to lay out and tag, a thousand times over.
 */
function mentionRow(claim: DossierClaim, mention: DossierMention, isLast: boolean, trailer = ''): string {
  const isAgainst = mention.stance === 'contradicts';
  // The claim is worded after one of its mentions; that one is not printed twice.
  const isClaimWording = mention.text === claim.text && mention.conflicts.length === 0;
  const quote = isClaimWording
    ? ''
    : `<blockquote>${markSpans(mention.text, mention.conflicts.map((span) => ({ ...span, className: 'conflict' })))}</blockquote>`;
  return (
    `<tr class="${isLast ? 'mention-row last' : 'mention-row'}"><td></td><td colspan="5"><div class="${isAgainst ? 'mention contradicts' : 'mention supports'}">` +
    `<span class="stance">${isAgainst ? '✕ contradicts' : '✓ supports'}</span> ` +
    `<a class="source-ref" href="#${mention.sourceLabel}">${escapeHtml(mention.sourceLabel)}</a> <span class="muted small">characters ${mention.start}–${mention.end}${isClaimWording ? ', in the words of the claim above' : ''}</span>` +
    (mention.reason ? ` <span class="reason">${escapeHtml(mention.reason)}</span>` : '') +
    `${quote}</div>${trailer}</td></tr>`
  );
}

function claimBody(claim: DossierClaim): string {
  const supports = claim.mentions.filter((mention) => mention.stance === 'supports').length;
  const contradicts = claim.mentions.length - supports;
  // Every element costs layout, paint and a tag in the PDF, a thousand times over: no wrapper for plain text.
  const notes = notesCell(claim);
  const details = [claim.kind, claim.speaker ? `speaker: ${claim.speaker}` : '', claim.value ? `value: ${claim.value}` : ''].filter(Boolean).join(' · ');
  const omitted = claim.omittedMentions > 0 ? `<div class="muted small">${plural(claim.omittedMentions, 'mention')} in sources left out of this dossier.</div>` : '';
  return `<tbody class="claim" id="${claim.label}">
<tr class="claim-row">
<th scope="row" class="number">${claim.label}</th>
<td class="claim-text"><div class="quote-text">${escapeHtml(claim.text)}</div><div class="muted small">${escapeHtml(details)} · proposed ${claim.credibility.proposed}, ${escapeHtml(claim.credibility.reason)}</div></td>
<td>${statusChip(claim)}</td>
<td><div class="count supports">✓ ${supports}</div><div class="count contradicts">✕ ${contradicts}</div><div class="small">${plural(claim.independentOrigins, 'origin')}</div></td>
<td class="credibility">${credibilityCell(claim)}</td>
${notes ? `<td class="notes">${notes}</td>` : '<td class="notes muted">—</td>'}
</tr>
${claim.mentions.map((mention, index) => (index === claim.mentions.length - 1 ? mentionRow(claim, mention, true, omitted) : mentionRow(claim, mention, false))).join('\n')}
</tbody>`;
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
${dossier.claims.map((claim) => claimBody(claim)).join('\n')}
</table>
</section>`;
}
