// Decoded lines -> clean text: spaces normalised, page furniture taken out (and kept with
// its line number and reason), lines joined into paragraphs separated by one blank line.
import type { RemovedLine, TextSpan } from '../../shared/domain';
import { findFurniture } from './findFurniture';
import { joinParagraphs } from './joinParagraphs';
import { normalizeLine, splitLines } from './normalizeSpaces';
import type { LineBreakMeaning, SourceLine } from './SourceLine';

export interface CleanedText {
  text: string;
  paragraphs: TextSpan[];
  /** Line number in the decoded original where each paragraph starts. */
  paragraphLines: number[];
  removed: RemovedLine[];
  /** Every line after space normalisation, kept or not, for metadata to read. */
  lines: SourceLine[];
}

/** Numbers the lines of decoded text, 1-based, as a text editor would show them. */
export function linesOf(text: string): SourceLine[] {
  return splitLines(text).map((line, index) => ({ text: line, line: index + 1 }));
}

export function cleanText(sourceLines: readonly SourceLine[], meaning: LineBreakMeaning): CleanedText {
  const lines = sourceLines.map((line) => ({ ...line, text: normalizeLine(line.text) }));
  const furniture = findFurniture(lines);
  const removed: RemovedLine[] = [];
  const keptOrRemoved = lines.map((line, index) => {
    const reason = furniture.get(index);
    if (reason === undefined) return line;
    removed.push({ line: line.line, text: line.text, reason });
    return null;
  });
  const joined = joinParagraphs(keptOrRemoved, meaning);
  const paragraphs: TextSpan[] = [];
  let offset = 0;
  for (const paragraph of joined) {
    if (paragraphs.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + paragraph.text.length });
    offset += paragraph.text.length;
  }
  return {
    text: joined.map((paragraph) => paragraph.text).join('\n\n'),
    paragraphs,
    paragraphLines: joined.map((paragraph) => paragraph.line),
    removed,
    lines,
  };
}

