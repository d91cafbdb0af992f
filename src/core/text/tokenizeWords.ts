/** A word in a text with its offsets: `text.slice(start, end) === word`. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

// A word is a run of letters, marks and digits, joined across:
// - an apostrophe or hyphen between two such runs ("don't", "O’Brien", "well-known", "COVID-19");
// - a comma, full stop or colon between two digits ("120,000", "3.5", "1,026.25", "10:30").
// Dotted initialisms ("U.S.", "a.m.", "e.g.") are one token with their final stop, so they
// do not fall apart into single letters.
const wordPattern =
  /(?:\p{L}\.){2,}(?![\p{L}\p{N}])|\p{L}(?:\.\p{L})+(?![\p{L}\p{N}.])|[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐‑]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Splits `text` into word tokens (Unicode-aware), skipping punctuation and white space. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
