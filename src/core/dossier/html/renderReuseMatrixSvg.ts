import type { DossierSource } from '../../../shared/dossier';
import type { ComparisonResult } from '../../../shared/comparison';
import { escapeHtml } from './escapeHtml';
import { percent } from './dossierWords';

/** More sources than this make cells too small to read on a page; the busiest are drawn. */
export const matrixSourceLimit = 30;

type Matrix = ComparisonResult['matrix'];

/** The sources worth drawing: all when few, else those sharing the most text with others. */
export function matrixSources(sources: readonly DossierSource[], matrix: Matrix): DossierSource[] {
  if (sources.length <= matrixSourceLimit) return [...sources];
  const most = new Map<number, number>();
  for (const share of matrix) {
    most.set(share.a, Math.max(most.get(share.a) ?? 0, share.shared));
    most.set(share.b, Math.max(most.get(share.b) ?? 0, share.shared));
  }
  return [...sources]
    .sort((a, b) => (most.get(b.id) ?? 0) - (most.get(a.id) ?? 0) || a.id - b.id)
    .slice(0, matrixSourceLimit)
    .sort((a, b) => a.id - b.id);
}

/**
 * The reuse matrix as a heatmap: row source, column source, cell = share of the row's words
 * found in the column's text, printed as a number so the figure reads without colour.
 */
export function renderReuseMatrixSvg(sources: readonly DossierSource[], matrix: Matrix): string {
  const cell = 30;
  const labelWidth = 40;
  const size = labelWidth + sources.length * cell;
  const shares = new Map(matrix.map((share) => [`${share.a}:${share.b}`, share.shared]));
  const parts: string[] = [];
  sources.forEach((source, column) => {
    const x = labelWidth + column * cell + cell / 2;
    parts.push(`<text class="axis" x="${x}" y="${labelWidth - 10}" text-anchor="middle">${escapeHtml(source.label)}</text>`);
  });
  sources.forEach((row, rowIndex) => {
    const y = labelWidth + rowIndex * cell;
    parts.push(`<text class="axis" x="${labelWidth - 6}" y="${y + cell / 2 + 4}" text-anchor="end">${escapeHtml(row.label)}</text>`);
    sources.forEach((column, columnIndex) => {
      const x = labelWidth + columnIndex * cell;
      if (row.id === column.id) {
        parts.push(`<rect class="diagonal" x="${x}" y="${y}" width="${cell}" height="${cell}"/>`);
        return;
      }
      const share = shares.get(`${row.id}:${column.id}`) ?? 0;
      // Blue (Okabe–Ito #0072B2) at an opacity that grows with the share; text flips to white on dark cells.
      const opacity = share === 0 ? 0 : 0.12 + 0.88 * Math.min(1, share);
      parts.push(
        `<rect class="cell" x="${x}" y="${y}" width="${cell}" height="${cell}" fill="#0072B2" fill-opacity="${opacity.toFixed(3)}"><title>${escapeHtml(`${percent(share)} of ${row.label} found in ${column.label}`)}</title></rect>`,
      );
      if (share > 0) {
        parts.push(`<text class="${opacity > 0.5 ? 'value dark' : 'value'}" x="${x + cell / 2}" y="${y + cell / 2 + 3.5}" text-anchor="middle">${Math.round(share * 100)}</text>`);
      }
    });
  });
  return `<svg class="matrix" role="img" aria-label="Reuse matrix: share of each row source's words found in each column source" viewBox="0 0 ${size + 4} ${size + 4}" width="${size + 4}" height="${size + 4}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
