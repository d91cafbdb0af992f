/** A word or punctuation token and its span in the text it came from. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner hyphens, apostrophes and dots (U.S.); a possessive 's splits off as in CoNLL;
// numbers keep their separators (120,000 and 2.26).
const tokenPattern = /\d+(?:[.,]\d+)*|['’][sS]\b|[\p{L}\p{M}]+(?:[-'’](?![sS]\b)[\p{L}\p{M}]+)*|\S/gu;

export function tokenizeWithOffsets(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(slice); match; match = tokenPattern.exec(slice)) {
    const offset = start + match.index;
    tokens.push({ text: match[0], start: offset, end: offset + match[0].length });
  }
  return tokens;
}
