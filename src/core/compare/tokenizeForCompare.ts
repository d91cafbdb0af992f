import { wordVocabulary } from './wordVocabulary';

/** A word of a sentence as the comparison sees it: normalised, with its place in the text. */
export interface CompareToken {
  /** Lower case, diacritics removed, typographic apostrophes made plain. */
  norm: string;
  /** The norm's number in the word vocabulary: equal ids mean equal norms. */
  id: number;
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
    const id = wordVocabulary.idOf(norm);
    tokens.push({ norm, id, start: match.index, end: match.index + match[0].length, isFunctionWord: wordVocabulary.isFunctionWord(id) });
  }
  return tokens;
}

/** The vocabulary ids of a sentence's words, as tokenizeForCompare finds them, without the token objects. */
export function wordIdsOf(text: string): number[] {
  const ids: number[] = [];
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) ids.push(wordVocabulary.idOf(normaliseWord(match[0])));
  return ids;
}
