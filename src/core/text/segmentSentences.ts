import type { TextSpan } from '../../shared/domain';

/**
 * Splits `text[start, end)` into sentences, returning spans into `text` with surrounding
 * white space trimmed. Placeholder: a helper replaces this with the real segmenter.
 */
export function segmentSentences(text: string, start = 0, end = text.length): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /[^.!?]+[.!?]*/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(text); match && match.index < end; match = pattern.exec(text)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: match.index + leading, end: match.index + leading + trimmed.length });
  }
  return spans;
}
