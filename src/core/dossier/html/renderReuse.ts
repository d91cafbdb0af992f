import type { Dossier } from '../../../shared/dossier';
import { percent, plural } from './dossierWords';
import { escapeHtml } from './escapeHtml';
import { graphSourceLimit, renderOriginGraphSvg } from './renderOriginGraphSvg';
import { matrixSourceLimit, matrixSources, renderReuseMatrixSvg } from './renderReuseMatrixSvg';

export function renderReuse(dossier: Dossier): string {
  const { reuse } = dossier;
  const byId = new Map(dossier.sources.map((source) => [source.id, source]));
  const drawn = matrixSources(dossier.sources, reuse.matrix);
  const matrixNote =
    drawn.length < dossier.sources.length
      ? ` Only the ${matrixSourceLimit} sources sharing the most text are drawn; every pair is in the CSV and JSON exports.`
      : '';
  const graph = renderOriginGraphSvg(dossier.sources, reuse.edges);
  const linked = new Set(reuse.edges.flatMap((edge) => [edge.from, edge.to]));
  const graphNote = linked.size > graphSourceLimit ? ` The first ${graphSourceLimit} linked sources are drawn; the table below lists every group.` : '';
  const groupRows = reuse.originGroups.map((group, index) => {
    const originIds = group.filter((id) => reuse.edges.some((edge) => edge.from === id) && !reuse.edges.some((edge) => edge.to === id));
    const evidence = reuse.edges
      .filter((edge) => group.includes(edge.to))
      .map((edge) => `<li>${escapeHtml(`${byId.get(edge.from)?.label ?? edge.from} → ${byId.get(edge.to)?.label ?? edge.to} (${percent(edge.share)}): ${edge.evidence.join('; ')}`)}</li>`);
    return `<tr><th scope="row">G${index + 1}</th><td>${group
      .map((id) => `<a class="source-ref" href="#S${id}">S${id}</a> <span class="small">${escapeHtml(byId.get(id)?.title ?? '')}</span>`)
      .join('<br>')}</td><td>${originIds.length > 0 ? originIds.map((id) => `S${id}`).join(', ') : group.length === 1 ? '<span class="muted">its own origin</span>' : '<span class="muted">undetermined</span>'}</td><td>${evidence.length > 0 ? `<ul class="plain">${evidence.join('')}</ul>` : '<span class="muted">—</span>'}</td></tr>`;
  });
  return `<section id="reuse">
<h2>Reuse and origins</h2>
<figure class="figure">
${drawn.length > 1 ? renderReuseMatrixSvg(drawn, reuse.matrix) : '<p class="muted">Reuse needs at least two sources.</p>'}
<figcaption><strong>Reuse matrix.</strong> Each cell is the percentage of the row source's words also found in the column source (verbatim, lightly edited, substituted or paraphrased); darker is more. Blank cells share nothing.${escapeHtml(matrixNote)}</figcaption>
</figure>
<figure class="figure">
${graph ?? '<p class="muted">No source appears to copy another.</p>'}
<figcaption><strong>Origin graph.</strong> An arrow runs from a likely origin (outlined box) to a source that reuses it, labelled with the share of the copy's text taken from the origin.${escapeHtml(graphNote)}</figcaption>
</figure>
<h3>Origin groups</h3>
<p>Sources in one group share one origin: a claim they all repeat counts once. ${plural(reuse.originGroups.length, 'group')}.</p>
<table class="groups">
<thead><tr><th scope="col">Group</th><th scope="col">Sources</th><th scope="col">Likely origin</th><th scope="col">Evidence</th></tr></thead>
<tbody>${groupRows.join('\n')}</tbody>
</table>
</section>`;
}
