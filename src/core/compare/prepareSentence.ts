import { codeSetOf, type CodeSet } from './CodeSet';
import type { CompareToken } from './tokenizeForCompare';
import { maxWordIds, wordVocabulary } from './wordVocabulary';

/**
 * Everything the pair features need from one sentence, computed once per sentence rather than
 * once per pair: a sentence meets dozens of candidates in a large corpus. Every set holds
 * exact numeric codes (vocabulary ids, id pairs, character-code triples), not strings: equal
 * codes mean equal words, bigrams or trigrams, and numbers sort and compare far faster.
 */
export interface PreparedSentence {
  tokens: readonly CompareToken[];
  words: CodeSet;
  contentStems: CodeSet;
  bigrams: CodeSet;
  characterTrigrams: CodeSet;
  numbers: CodeSet;
}

export function prepareSentence(tokens: readonly CompareToken[]): PreparedSentence {
  const words = new Float64Array(tokens.length);
  const contentStems = new Float64Array(tokens.length);
  const numbers = new Float64Array(tokens.length);
  const bigrams = new Float64Array(Math.max(tokens.length - 1, 0));
  let contentCount = 0;
  let numberCount = 0;
  let previous = -1;
  let textLength = 1;
  tokens.forEach((token, index) => {
    words[index] = token.id;
    if (!token.isFunctionWord) contentStems[contentCount++] = wordVocabulary.stemOf(token.id);
    if (wordVocabulary.isNumber(token.id)) numbers[numberCount++] = token.id;
    if (previous !== -1) bigrams[index - 1] = previous * maxWordIds + token.id;
    previous = token.id;
    textLength += token.norm.length + 1;
  });
  // Trigrams of " w1 w2 … " (words joined by single spaces, padded), each as three UTF-16 codes.
  const text = ` ${tokens.map((token) => token.norm).join(' ')} `;
  const trigrams = new Float64Array(Math.max(textLength - 2, 0));
  for (let index = 0; index + 3 <= text.length; index += 1) {
    trigrams[index] = text.charCodeAt(index) * 2 ** 32 + text.charCodeAt(index + 1) * 2 ** 16 + text.charCodeAt(index + 2);
  }
  return {
    tokens,
    words: codeSetOf(words),
    contentStems: codeSetOf(contentStems, contentCount),
    bigrams: codeSetOf(bigrams),
    characterTrigrams: codeSetOf(trigrams),
    numbers: codeSetOf(numbers, numberCount),
  };
}
