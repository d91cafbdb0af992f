/** A piece of a sentence with the claim mentions and highlights that cover it. */
export interface MarkedSegment {
  start: number;
  end: number;
  claims: { id: string; text: string; stance: 'supports' | 'contradicts'; isBroad: boolean }[];
  annotationIds: number[];
}

export interface ClaimSpan {
  id: string;
  /** Events and statements span whole sentences; they are marked more lightly than quotes and figures. */
  isBroad: boolean;
  text: string;
  stance: 'supports' | 'contradicts';
  start: number;
  end: number;
}

export interface AnnotationSpan {
  id: number;
  start: number;
  end: number;
}

/** Cuts [start, end) at every span boundary inside it, so each piece has one set of marks. */
export function markSpans(start: number, end: number, claims: readonly ClaimSpan[], annotations: readonly AnnotationSpan[]): MarkedSegment[] {
  const inside = <T extends { start: number; end: number }>(spans: readonly T[]) => spans.filter((span) => span.start < end && start < span.end);
  const claimHits = inside(claims);
  const annotationHits = inside(annotations);
  const cuts = new Set([start, end]);
  for (const span of [...claimHits, ...annotationHits]) {
    if (span.start > start && span.start < end) cuts.add(span.start);
    if (span.end > start && span.end < end) cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] ?? start;
    const to = points[index + 1] ?? end;
    segments.push({
      start: from,
      end: to,
      claims: claimHits.filter((span) => span.start <= from && to <= span.end).map(({ id, text, stance, isBroad }) => ({ id, text, stance, isBroad })),
      annotationIds: annotationHits.filter((span) => span.start <= from && to <= span.end).map((span) => span.id),
    });
  }
  return segments;
}

/** The character offset in the clean text of a DOM selection point inside a marked segment. */
export function textOffsetOf(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node instanceof Element ? node : null;
  const segment = element?.closest<HTMLElement>('[data-offset]');
  if (!segment) return null;
  const base = Number(segment.dataset.offset);
  if (node.nodeType === Node.TEXT_NODE) return base + offset;
  return offset === 0 ? base : base + (segment.textContent?.length ?? 0);
}
