import type { ComparisonResult } from '../../../shared/comparison';
import type { DossierSource } from '../../../shared/dossier';
import { escapeHtml } from './escapeHtml';
import { kindWords, percent } from './dossierWords';

/** Beyond this many sources with origin links a graph stops being readable; the table lists them all. */
export const graphSourceLimit = 40;

const nodeWidth = 78;
const nodeHeight = 36;
const columnGap = 22;
const rowGap = 70;

/**
 * Who copied whom, drawn in layers: likely origins on top, their copies below (an arrow per
 * origin edge, labelled with the share of the copy taken from the origin). Sources with no
 * link are left out of the drawing; the origin groups table lists them.
 */
export function renderOriginGraphSvg(sources: readonly DossierSource[], edges: ComparisonResult['edges']): string | null {
  const linked = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const nodes = sources.filter((source) => linked.has(source.id)).slice(0, graphSourceLimit);
  if (nodes.length === 0) return null;
  const drawn = new Set(nodes.map((node) => node.id));
  const shown = edges.filter((edge) => drawn.has(edge.from) && drawn.has(edge.to));
  const depth = new Map(nodes.map((node) => [node.id, 0]));
  // Longest path from an origin; bounded by the node count so a cycle cannot loop for ever.
  for (let round = 0; round < nodes.length; round += 1) {
    let isChanged = false;
    for (const edge of shown) {
      const next = (depth.get(edge.from) ?? 0) + 1;
      if (next > (depth.get(edge.to) ?? 0) && next < nodes.length) {
        depth.set(edge.to, next);
        isChanged = true;
      }
    }
    if (!isChanged) break;
  }
  const rows = new Map<number, DossierSource[]>();
  for (const node of nodes) {
    const level = depth.get(node.id) ?? 0;
    rows.set(level, [...(rows.get(level) ?? []), node]);
  }
  const widest = Math.max(...[...rows.values()].map((row) => row.length));
  const width = widest * (nodeWidth + columnGap) + columnGap;
  const height = rows.size * (nodeHeight + rowGap) - rowGap + 40;
  const position = new Map<number, { x: number; y: number }>();
  [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .forEach(([, row], rowIndex) => {
      const rowWidth = row.length * (nodeWidth + columnGap) - columnGap;
      const left = (width - rowWidth) / 2;
      row
        .sort((a, b) => (a.originGroup ?? 0) - (b.originGroup ?? 0) || a.id - b.id)
        .forEach((node, index) => position.set(node.id, { x: left + index * (nodeWidth + columnGap), y: 20 + rowIndex * (nodeHeight + rowGap) }));
    });
  const parts: string[] = [
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
  ];
  for (const edge of shown) {
    const from = position.get(edge.from);
    const to = position.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x + nodeWidth / 2;
    const y1 = from.y + nodeHeight;
    const x2 = to.x + nodeWidth / 2;
    const y2 = to.y - 2;
    parts.push(`<line class="edge" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" marker-end="url(#arrow)"><title>${escapeHtml(edge.evidence.join('; '))}</title></line>`);
    const labelX = x1 + (x2 - x1) * 0.55;
    const labelY = y1 + (y2 - y1) * 0.55;
    // A white box behind the label rather than a text stroke: stroked text would print as a Type 3 font.
    parts.push(`<rect class="edge-label-box" x="${(labelX - 14).toFixed(1)}" y="${(labelY - 9).toFixed(1)}" width="28" height="12" rx="2"/>`);
    parts.push(`<text class="edge-label" x="${labelX.toFixed(1)}" y="${labelY.toFixed(1)}" text-anchor="middle">${percent(edge.share)}</text>`);
  }
  for (const node of nodes) {
    const at = position.get(node.id);
    if (!at) continue;
    const isOrigin = !shown.some((edge) => edge.to === node.id);
    parts.push(
      `<g class="${isOrigin ? 'node origin' : 'node'}"><rect x="${at.x}" y="${at.y}" width="${nodeWidth}" height="${nodeHeight}" rx="5"/>` +
        `<text class="node-label" x="${at.x + nodeWidth / 2}" y="${at.y + 15}" text-anchor="middle">${escapeHtml(node.label)}</text>` +
        `<text class="node-kind" x="${at.x + nodeWidth / 2}" y="${at.y + 28}" text-anchor="middle">${escapeHtml(kindWords[node.kind] ?? node.kind)}</text></g>`,
    );
  }
  return `<svg class="graph" role="img" aria-label="Origin graph: arrows run from the likely origin to the source that reuses it" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
