import { ellipsis, fullStop, isCloser, isQuestionOrExclamation, isWhiteSpace, lineFeed } from './characterClasses';

/** A line break followed by a blank line always ends a sentence. */
export function isBlankLineAfter(text: string, position: number, end: number): boolean {
  for (let index = position + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === lineFeed) return true;
    if (!isWhiteSpace(code)) return false;
  }
  return false;
}

/**
 * A block of several lines none of which ends in a terminator is a list of lines (a menu,
 * an address, bullet points without bullets), so each line is its own sentence. A block whose
 * lines do end in terminators is prose with stray line breaks, which join as spaces.
 */
export function hasOnlyUnpunctuatedLines(range: string): boolean {
  if (!range.includes('\n')) return false;
  let lines = 0;
  let lineStart = 0;
  while (lineStart < range.length) {
    let lineEnd = range.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = range.length;
    let last = lineEnd;
    while (last > lineStart && isWhiteSpace(range.charCodeAt(last - 1))) last--;
    while (last > lineStart && isCloser(range.charCodeAt(last - 1))) last--;
    if (last > lineStart) {
      const code = range.charCodeAt(last - 1);
      if (code === fullStop || code === ellipsis || isQuestionOrExclamation(code)) return false;
      lines++;
    }
    lineStart = lineEnd + 1;
  }
  return lines >= 2;
}
