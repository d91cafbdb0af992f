import type { Dossier } from '../../../shared/dossier';
import { formatDateTime } from './dossierWords';
import { escapeHtml } from './escapeHtml';

export function renderAnnotations(dossier: Dossier): string {
  if (dossier.annotations.length === 0) return '<section id="annotations"><h2>Annotations</h2><p class="muted">The analyst made no annotations in these sources.</p></section>';
  const rows = dossier.annotations.map(
    (annotation) => `<tr id="A${annotation.id}">
<th scope="row">A${annotation.id}</th>
<td>${annotation.sourceLabel ? `<a class="source-ref" href="#${annotation.sourceLabel}">${annotation.sourceLabel}</a>` : '<span class="muted">source removed</span>'}<div class="muted small">${annotation.start}–${annotation.end}</div></td>
<td><blockquote><mark class="annotation">${escapeHtml(annotation.quote)}</mark></blockquote>${annotation.isOrphaned ? '<div class="reason">the quoted text is no longer found in the source</div>' : ''}</td>
<td>${annotation.note ? `<div class="note">${escapeHtml(annotation.note)}</div>` : ''}${annotation.tags.map((tag) => `<span class="tag">${escapeHtml(tag)}</span>`).join(' ')}</td>
<td>${annotation.claimLabel ? `<a class="claim-ref" href="#${annotation.claimLabel}">${annotation.claimLabel}</a>` : annotation.claimId ? '<span class="muted">claim not in this dossier</span>' : '<span class="muted">—</span>'}<div class="muted small">${escapeHtml(formatDateTime(annotation.updatedAt))}</div></td>
</tr>`,
  );
  return `<section id="annotations">
<h2>Annotations</h2>
<table class="annotations">
<colgroup><col class="c-number"><col class="c-source"><col class="c-quote"><col class="c-note"><col class="c-claim-ref"></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">Source</th><th scope="col">Highlighted text</th><th scope="col">Note and tags</th><th scope="col">Claim</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
</table>
</section>`;
}
