import type { AppendixSource, Dossier } from '../../../shared/dossier';
import { escapeHtml } from './escapeHtml';
import { markSpans } from './markSpans';

function appendixSource(source: AppendixSource): string {
  const spans = source.spans.map((span) => ({ start: span.start, end: span.end, className: span.kind === 'claim' ? 'claim-span' : 'annotation', label: span.label }));
  const paragraphs = source.paragraphs.length > 0 ? source.paragraphs : [{ start: 0, end: source.text.length }];
  return `<article class="appendix-source" id="text-${source.label}">
<h3><span class="label">${source.label}</span> ${escapeHtml(source.title)}</h3>
${paragraphs.map((paragraph) => `<p>${markSpans(source.text, spans, paragraph.start, paragraph.end)}</p>`).join('\n')}
</article>`;
}

export function renderAppendix(dossier: Dossier): string {
  if (!dossier.appendix) return '';
  return `<section id="appendix">
<h2>Appendix: source texts</h2>
<p>Each source's clean text as analysed. <mark class="claim-span">Claim evidence</mark> carries the claim's number; <mark class="annotation">annotations</mark> carry theirs.</p>
${dossier.appendix.map(appendixSource).join('\n')}
</section>`;
}
