import type { Dossier, DossierSource } from '../../../shared/dossier';
import type { MetadataField } from '../../../shared/domain';
import { formatDateTime, gradeWords, kindWords } from './dossierWords';
import { escapeHtml } from './escapeHtml';

function field(source: DossierSource, name: MetadataField, value: string | null): string {
  const provenance = source.provenance[name];
  const origin = provenance && value ? ` <span class="muted small">(${escapeHtml(provenance.isInferred ? `inferred, ${provenance.origin}` : provenance.origin)})</span>` : '';
  return value ? `${escapeHtml(value)}${origin}` : '<span class="muted">not found</span>';
}

function sourceBlock(source: DossierSource): string {
  const rows: [string, string][] = [
    ['Outlet', field(source, 'outlet', source.outlet)],
    ['Byline', field(source, 'byline', source.byline)],
    ['Published', field(source, 'publishedAt', source.publishedAt)],
    ['Kind', escapeHtml(kindWords[source.kind] ?? source.kind)],
    ['File', escapeHtml(source.fileName)],
    ['SHA-256', `<code class="hash">${escapeHtml(source.sha256)}</code>`],
    ['Imported', escapeHtml(formatDateTime(source.importedAt))],
    ['Reliability', source.grade ? `<span class="badge strong">${source.grade}</span> ${gradeWords[source.grade]}` : '<span class="muted">not graded</span>'],
    ['Size', `${source.words.toLocaleString('en')} words, ${source.sentences.toLocaleString('en')} sentences`],
    ['Origin group', source.originGroup === null ? '<span class="muted">—</span>' : `G${source.originGroup + 1}`],
  ];
  return `<article class="source" id="${source.label}">
<h3><span class="label">${source.label}</span> ${escapeHtml(source.title)}</h3>
<table class="provenance"><tbody>${rows.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`).join('')}</tbody></table>
</article>`;
}

export function renderSources(dossier: Dossier): string {
  return `<section id="sources">
<h2>Sources and provenance</h2>
<p>Each source as imported: the SHA-256 is of the original file's bytes, so a reviewer can check the file they hold is the one analysed. In brackets, where each field was read from.</p>
${dossier.sources.map(sourceBlock).join('\n')}
</section>`;
}
