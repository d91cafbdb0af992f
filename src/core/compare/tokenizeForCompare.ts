import { functionWords } from './functionWords';

/** A word of a sentence as the comparison sees it: normalised, with its place in the text. */
export interface CompareToken {
  /** Lower case, diacritics removed, typographic apostrophes made plain. */
  norm: string;
  start: number;
  end: number;
  isFunctionWord: boolean;
}

// Words keep inner apostrophes ("it's") and numbers keep their separators ("2,500", "1.5") so
// that a changed figure is one substituted word, not several.
const wordPattern = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const diacritics = /\p{M}/gu;

const nonAscii = /[^\x00-\x7f]/;

export function normaliseWord(word: string): string {
  if (!nonAscii.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(diacritics, '').replace(/[’ʼ]/g, "'").toLowerCase();
}

/**
 * Splits a sentence into comparable words. Case, quotes, punctuation and white space fall
 * away, so two sentences with the same token norms are the same words.
 */
export function tokenizeForCompare(text: string): CompareToken[] {
  const tokens: CompareToken[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const norm = normaliseWord(match[0]);
    tokens.push({ norm, start: match.index, end: match.index + match[0].length, isFunctionWord: functionWords.has(norm) });
  }
  return tokens;
}
