import type { Dossier, DossierClaim } from '../../../shared/dossier';
import { credibilityWords, plural } from './dossierWords';
import { escapeHtml } from './escapeHtml';

/** Lists longer than this send the reader to the claim table for the rest. */
const summaryListLimit = 25;

const shorten = (text: string, length = 220) => (text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`);

function credibility(claim: DossierClaim): string {
  const value = claim.credibility.analyst ?? claim.credibility.proposed;
  const who = claim.credibility.analyst === undefined ? 'proposed' : 'analyst';
  return `${value} ${credibilityWords[value] ?? ''} (${who})`;
}

function claimList(claims: readonly DossierClaim[], detail: (claim: DossierClaim) => string): string {
  const shown = claims.slice(0, summaryListLimit);
  const items = shown.map(
    (claim) =>
      `<li><a class="claim-ref" href="#${claim.label}">${claim.label}</a> <span class="quote-text">${escapeHtml(shorten(claim.text))}</span><br><span class="muted small">${detail(claim)}</span></li>`,
  );
  const more = claims.length - shown.length;
  return `<ul class="summary-list">${items.join('')}</ul>${more > 0 ? `<p class="muted">…and ${plural(more, 'more claim')} in the <a href="#claims">claim table</a>.</p>` : ''}`;
}

export function renderSummary(dossier: Dossier): string {
  const contested = dossier.claims.filter((claim) => claim.status === 'contested');
  const repeatedOneOrigin = dossier.claims.filter((claim) => claim.status !== 'contested' && claim.isSingleOrigin && claim.supporting > 1);
  const oneSource = dossier.claims.filter((claim) => claim.status !== 'contested' && claim.isSingleOrigin && claim.supporting <= 1);
  const corroborated = dossier.claims.filter((claim) => claim.status === 'corroborated');
  const labelById = new Map(dossier.sources.map((source) => [source.id, source.label]));
  const groups = dossier.reuse.originGroups.map((group) => `{${group.map((id) => labelById.get(id) ?? `S${id}`).join(', ')}}`);
  const origins = [...new Set(dossier.reuse.edges.map((edge) => edge.from))].map((id) => {
    const copies = dossier.reuse.edges.filter((edge) => edge.from === id).map((edge) => labelById.get(edge.to) ?? `S${edge.to}`);
    return `${labelById.get(id) ?? `S${id}`} is the likely origin of ${copies.join(', ')}`;
  });
  const against = (claim: DossierClaim) => {
    const contradicting = claim.mentions.filter((mention) => mention.stance === 'contradicts');
    const reasons = [...new Set(contradicting.map((mention) => mention.reason).filter((reason): reason is string => Boolean(reason)))];
    return `${escapeHtml(reasons.join('; ') || 'contradicted')} · ${contradicting.map((mention) => mention.sourceLabel).join(', ')} against · credibility ${escapeHtml(credibility(claim))}`;
  };
  const repeated = (claim: DossierClaim) =>
    `${plural(claim.supporting, 'source')}, ${plural(claim.independentOrigins, 'independent origin')} (${claim.mentions.map((mention) => mention.sourceLabel).join(', ')}) · credibility ${escapeHtml(credibility(claim))}`;
  return `<section id="summary" class="summary">
<h2>Executive summary</h2>
<p class="lede">${plural(dossier.counts.claims, 'claim')} from ${plural(dossier.counts.sources, 'source')}: <strong>${contested.length} contested</strong>, ${repeatedOneOrigin.length} repeated by several sources that go back to one origin, ${oneSource.length} found in one source only, and ${corroborated.length} corroborated by two or more independent origins.</p>
<p>${groups.length > 0 ? `The sources fall into ${plural(groups.length, 'origin group')}: ${escapeHtml(groups.join(', '))}.` : 'No origin groups were computed for these sources.'} ${origins.length > 0 ? `${escapeHtml(origins.join('; '))}.` : 'No source appears to copy another.'} Sources in one group count as one origin when claims are weighed.</p>
<h3>Contested claims</h3>
${contested.length > 0 ? claimList(contested, against) : '<p class="muted">No claim is contested.</p>'}
<h3>Claims resting on a single origin</h3>
${repeatedOneOrigin.length > 0 ? `<p>Repeated by several sources, but every one of them goes back to the same origin:</p>${claimList(repeatedOneOrigin, repeated)}` : '<p class="muted">No claim is repeated by sources that share one origin.</p>'}
<p>${plural(oneSource.length, 'claim is', 'claims are')} found in one source only; nothing independent confirms or contradicts ${oneSource.length === 1 ? 'it' : 'them'} (see the <a href="#claims">claim table</a>).</p>
</section>`;
}
