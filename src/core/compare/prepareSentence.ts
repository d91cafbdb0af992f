import { stem } from './stem';
import type { CompareToken } from './tokenizeForCompare';

/**
 * Everything the pair features need from one sentence, computed once per sentence rather than
 * once per pair: a sentence meets dozens of candidates in a large corpus.
 */
export interface PreparedSentence {
  tokens: readonly CompareToken[];
  words: ReadonlySet<string>;
  contentStems: ReadonlySet<string>;
  bigrams: ReadonlySet<string>;
  characterTrigrams: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

const numberPattern = /^\p{N}/u;

export function prepareSentence(tokens: readonly CompareToken[]): PreparedSentence {
  const norms = tokens.map((token) => token.norm);
  const bigrams = new Set<string>();
  for (let index = 1; index < norms.length; index += 1) bigrams.add(`${norms[index - 1]} ${norms[index]}`);
  const text = ` ${norms.join(' ')} `;
  const characterTrigrams = new Set<string>();
  for (let index = 0; index + 3 <= text.length; index += 1) characterTrigrams.add(text.slice(index, index + 3));
  return {
    tokens,
    words: new Set(norms),
    contentStems: new Set(tokens.filter((token) => !token.isFunctionWord).map((token) => stem(token.norm))),
    bigrams,
    characterTrigrams,
    numbers: new Set(norms.filter((word) => numberPattern.test(word))),
  };
}
