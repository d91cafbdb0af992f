import { escapeHtml } from './escapeHtml';

export interface MarkedSpan {
  start: number;
  end: number;
  /** CSS class of the mark: one of the dossier stylesheet's highlight classes. */
  className: string;
  /** Shown as a small label where the span starts, e.g. `C12`; links to the element with that id. */
  label?: string;
}

/**
 * Escaped `text` from `from` to `to` with the spans wrapped in <mark>; overlapping spans
 * split the text at every boundary, so each piece carries the classes of all spans over it.
 */
export function markSpans(text: string, spans: readonly MarkedSpan[], from = 0, to = text.length): string {
  const inside = spans
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set([from, to]);
  for (const span of inside) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const labels = inside.filter((span) => span.start === start && span.label).map((span) => span.label as string);
    if (labels.length > 0) html += `<sup class="span-label">${labels.map((label) => `<a href="#${escapeHtml(label)}">${escapeHtml(label)}</a>`).join(' ')}</sup>`;
    const classes = [...new Set(inside.filter((span) => span.start <= start && span.end >= end).map((span) => span.className))];
    const piece = escapeHtml(text.slice(start, end));
    html += classes.length > 0 ? `<mark class="${classes.join(' ')}">${piece}</mark>` : piece;
  }
  return html;
}
