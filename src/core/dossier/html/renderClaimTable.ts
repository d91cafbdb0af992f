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
  const confidence = claim.judgement.confidence ? ` · ${claim.judgement.confidence} confidence` : '';
  return (
    `<div><span class="badge">${proposed}</span> ${credibilityWords[proposed]} <span class="muted">proposed</span></div>` +
    (analyst === undefined
      ? '<div class="muted">analyst: undecided</div>'
      : `<div><span class="badge strong">${analyst}</span> ${credibilityWords[analyst]} <span class="muted">analyst${escapeHtml(confidence)}</span></div>`)
  );
}

function notesCell(claim: DossierClaim): string {
  const parts: string[] = [];
  if (claim.judgement.isFlagged) parts.push('<span class="chip flag">⚑ flagged</span>');
  if (claim.judgement.tags.length > 0) parts.push(claim.judgement.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(' '));
  if (claim.judgement.note) parts.push(`<div class="note">${escapeHtml(claim.judgement.note)}</div>`);
  return parts.join(' ') || '<span class="muted">—</span>';
}

function mentionItem(mention: DossierMention, sourceTitles: ReadonlyMap<number, string>): string {
  const isAgainst = mention.stance === 'contradicts';
  const quote = markSpans(mention.text, mention.conflicts.map((span) => ({ ...span, className: 'conflict' })));
  return (
    `<li class="${isAgainst ? 'mention contradicts' : 'mention supports'}">` +
    `<span class="stance">${isAgainst ? '✕ contradicts' : '✓ supports'}</span> ` +
    `<a class="source-ref" href="#${mention.sourceLabel}">${escapeHtml(mention.sourceLabel)}</a> <span class="muted small">${escapeHtml(sourceTitles.get(mention.source) ?? '')} · characters ${mention.start}–${mention.end}</span>` +
    `<blockquote>${quote}</blockquote>` +
    (mention.reason ? `<div class="reason">${escapeHtml(mention.reason)}</div>` : '') +
    '</li>'
  );
}

function claimBody(claim: DossierClaim, sourceTitles: ReadonlyMap<number, string>): string {
  const supports = claim.mentions.filter((mention) => mention.stance === 'supports').length;
  const contradicts = claim.mentions.length - supports;
  const details = [claim.kind, claim.speaker ? `speaker: ${claim.speaker}` : '', claim.value ? `value: ${claim.value}` : ''].filter(Boolean).join(' · ');
  const omitted = claim.omittedMentions > 0 ? `<li class="muted small">${plural(claim.omittedMentions, 'mention')} in sources left out of this dossier.</li>` : '';
  return `<tbody class="claim" id="${claim.label}">
<tr class="claim-row">
<th scope="row" class="number">${claim.label}</th>
<td class="claim-text"><div class="quote-text">${escapeHtml(claim.text)}</div><div class="muted small">${escapeHtml(details)}</div></td>
<td>${statusChip(claim)}</td>
<td class="numeric"><span class="count supports">✓ ${supports}</span><br><span class="count contradicts">✕ ${contradicts}</span></td>
<td class="numeric">${claim.independentOrigins}</td>
<td class="credibility">${credibilityCell(claim)}<div class="muted small">${escapeHtml(claim.credibility.reason)}</div></td>
<td class="notes">${notesCell(claim)}</td>
</tr>
<tr class="evidence-row"><td></td><td colspan="6"><ul class="evidence">${claim.mentions.map((mention) => mentionItem(mention, sourceTitles)).join('')}${omitted}</ul></td></tr>
</tbody>`;
}

export function renderClaimTable(dossier: Dossier): string {
  const sourceTitles = new Map(dossier.sources.map((source) => [source.id, source.outlet ? `${source.outlet}: ${source.title}` : source.title]));
  const intro = `<p>Each claim with the analyst's judgement, then its evidence: the exact words quoted from each source (character offsets into the source's clean text, see the appendix or the source file). Words and values where a contradicting source departs from the claim are <mark class="conflict">marked</mark>. Claims are ordered contested first, then those resting on one origin.</p>`;
  if (dossier.claims.length === 0) return `<section id="claims"><h2>Claims and evidence</h2><p class="muted">No claim matches the selection.</p></section>`;
  return `<section id="claims">
<h2>Claims and evidence</h2>
${intro}
<table class="claims">
<colgroup><col class="c-number"><col class="c-claim"><col class="c-status"><col class="c-sources"><col class="c-origins"><col class="c-credibility"><col class="c-notes"></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Status</th><th scope="col">Sources</th><th scope="col">Origins</th><th scope="col">Credibility</th><th scope="col">Notes and tags</th></tr></thead>
${dossier.claims.map((claim) => claimBody(claim, sourceTitles)).join('\n')}
</table>
</section>`;
}
