import type { CompareToken } from './tokenizeForCompare';
import { maxWordIds, wordVocabulary } from './wordVocabulary';

/**
 * Everything the pair features need from one sentence, computed once per sentence rather than
 * once per pair: a sentence meets dozens of candidates in a large corpus. Every set holds
 * exact numeric codes (vocabulary ids, id pairs, character-code triples), not strings: equal
 * codes mean equal words, bigrams or trigrams, and numbers hash and compare far faster.
 */
export interface PreparedSentence {
  tokens: readonly CompareToken[];
  words: ReadonlySet<number>;
  contentStems: ReadonlySet<number>;
  bigrams: ReadonlySet<number>;
  characterTrigrams: ReadonlySet<number>;
  numbers: ReadonlySet<number>;
}

export function prepareSentence(tokens: readonly CompareToken[]): PreparedSentence {
  const words = new Set<number>();
  const contentStems = new Set<number>();
  const numbers = new Set<number>();
  const bigrams = new Set<number>();
  let previous = -1;
  for (const token of tokens) {
    words.add(token.id);
    if (!token.isFunctionWord) contentStems.add(wordVocabulary.stemOf(token.id));
    if (wordVocabulary.isNumber(token.id)) numbers.add(token.id);
    if (previous !== -1) bigrams.add(previous * maxWordIds + token.id);
    previous = token.id;
  }
  // Trigrams of " w1 w2 … " (words joined by single spaces, padded), each as three UTF-16 codes.
  const text = ` ${tokens.map((token) => token.norm).join(' ')} `;
  const characterTrigrams = new Set<number>();
  for (let index = 0; index + 3 <= text.length; index += 1) {
    characterTrigrams.add(text.charCodeAt(index) * 2 ** 32 + text.charCodeAt(index + 1) * 2 ** 16 + text.charCodeAt(index + 2));
  }
  return { tokens, words, contentStems, bigrams, characterTrigrams, numbers };
}
