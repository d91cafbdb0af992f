import type { SourceForClaims } from '../../../src/core/claims/ExtractedMention';
import { segmentSentences } from '../../../src/core/language/sentences/segmentSentences';

/** A source from hand-written text: paragraphs split on blank lines, sentences by the real segmenter. */
export function makeSource(id: number, text: string, publishedAt: string | null = null): SourceForClaims {
  const paragraphs: { start: number; end: number }[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    const start = match.index ?? 0;
    paragraphs.push({ start, end: start + match[0].length });
  }
  const sentences = paragraphs.flatMap((paragraph, index) =>
    segmentSentences(text, paragraph.start, paragraph.end).map((span) => ({ ...span, paragraph: index })),
  );
  return { id, publishedAt, text, paragraphs, sentences };
}
