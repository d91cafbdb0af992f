import type { Dossier } from '../../../shared/dossier';
import { credibilityWords, formatDateTime, plural } from './dossierWords';
import { escapeHtml } from './escapeHtml';

/** In words, what the analyst chose to include. */
export function describeSelection(dossier: Dossier): string {
  const { options } = dossier;
  const parts = [options.filter === 'contested' ? 'contested claims' : options.filter === 'flagged' ? 'flagged claims' : 'all claims'];
  if (options.tags.length > 0) parts.push(`tagged ${options.tags.map((tag) => `“${tag}”`).join(' or ')}`);
  if (options.verdicts.length > 0) parts.push(`with verdict ${options.verdicts.map((verdict) => `${verdict} (${credibilityWords[verdict]})`).join(' or ')}`);
  parts.push(options.sourceIds === null ? 'from every source' : `from sources ${dossier.sources.map((source) => source.label).join(', ')}`);
  if (options.includeAppendix) parts.push('with the full source texts appended');
  return parts.join(', ');
}

const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;

export function renderCover(dossier: Dossier): string {
  const { counts } = dossier;
  const ofTotal = (shown: number, total: number) => (shown === total ? shown.toLocaleString('en') : `${shown.toLocaleString('en')} <span class="muted">of ${total.toLocaleString('en')} in the case</span>`);
  const verdicts = ['1', '2', '3', '4', '5', '6']
    .filter((verdict) => (counts.byVerdict[verdict] ?? 0) > 0)
    .map((verdict) => `${verdict} ${credibilityWords[Number(verdict)]}: ${counts.byVerdict[verdict]}`);
  verdicts.push(`undecided: ${counts.byVerdict.undecided ?? 0}`);
  return `<header class="cover" id="cover">
<p class="kicker">Triangulate · dossier</p>
<h1>${escapeHtml(dossier.case.name)}</h1>
<p class="byline">${dossier.case.analystName ? `Prepared by ${escapeHtml(dossier.case.analystName)}` : 'Analyst not named'} · ${escapeHtml(formatDateTime(dossier.generatedAt))}</p>
<p class="selection">This dossier holds ${escapeHtml(describeSelection(dossier))}.</p>
<table class="facts">
<tbody>
${row('Sources', ofTotal(counts.sources, dossier.case.totalSources))}
${row('Claims', ofTotal(counts.claims, dossier.case.totalClaims))}
${row('By status', `<span class="chip contested">✕ contested ${counts.byStatus.contested ?? 0}</span> <span class="chip single">single source ${counts.byStatus['single-source'] ?? 0}</span> <span class="chip corroborated">✓ corroborated ${counts.byStatus.corroborated ?? 0}</span>`)}
${row('By analyst verdict', escapeHtml(verdicts.join(' · ')))}
${row('Flagged', String(counts.flagged))}
${row('Annotations', String(counts.annotations))}
${row('Case fingerprint', `<code class="hash">${dossier.case.fingerprint}</code><br><span class="muted small">${escapeHtml(dossier.case.fingerprintCovers)}</span>`)}
</tbody>
</table>
<nav class="toc" aria-label="Contents">
<h2 class="toc-title">Contents</h2>
<ol>
<li><a href="#summary">Executive summary</a></li>
<li><a href="#claims">Claims and evidence</a> <span class="muted">(${plural(counts.claims, 'claim')})</span></li>
<li><a href="#reuse">Reuse and origins</a></li>
<li><a href="#annotations">Annotations</a> <span class="muted">(${counts.annotations})</span></li>
<li><a href="#sources">Sources and provenance</a> <span class="muted">(${plural(counts.sources, 'source')})</span></li>
${dossier.appendix ? '<li><a href="#appendix">Appendix: source texts</a></li>' : ''}
</ol>
</nav>
</header>`;
}
