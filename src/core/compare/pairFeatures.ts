import type { WordDiff } from './diffWords';
import type { CompareToken } from './tokenizeForCompare';

/**
 * Lexical features of a sentence pair, the inputs of the learned paraphrase call and of the
 * similarity score. Order matters: the learned weights in paraphraseModel.json follow it.
 */
export const pairFeatureNames = [
  'lcsOverLonger',
  'lcsOverShorter',
  'wordDice',
  'contentStemDice',
  'bigramDice',
  'characterTrigramDice',
  'lengthRatio',
  'substitutedShare',
  'unmatchedContentShare',
  'hasNumberMismatch',
  'hasNumbersOnOneSide',
  'logLongerLength',
] as const;

export type PairFeatures = Record<(typeof pairFeatureNames)[number], number>;

const numberPattern = /^\p{N}/u;

export function pairFeatures(a: readonly CompareToken[], b: readonly CompareToken[], diff: WordDiff): PairFeatures {
  const longer = Math.max(a.length, b.length, 1);
  const shorter = Math.max(Math.min(a.length, b.length), 1);
  const aWords = a.map((token) => token.norm);
  const bWords = b.map((token) => token.norm);
  const aContent = new Set(a.filter((token) => !token.isFunctionWord).map((token) => stem(token.norm)));
  const bContent = new Set(b.filter((token) => !token.isFunctionWord).map((token) => stem(token.norm)));
  const sharedContent = countShared(aContent, bContent);
  const contentTotal = aContent.size + bContent.size;
  const aNumbers = new Set(aWords.filter((word) => numberPattern.test(word)));
  const bNumbers = new Set(bWords.filter((word) => numberPattern.test(word)));
  const isNumberSetEqual = aNumbers.size === bNumbers.size && countShared(aNumbers, bNumbers) === aNumbers.size;
  return {
    lcsOverLonger: diff.equalWords / longer,
    lcsOverShorter: diff.equalWords / shorter,
    wordDice: dice(new Set(aWords), new Set(bWords)),
    contentStemDice: contentTotal === 0 ? 0 : (2 * sharedContent) / contentTotal,
    bigramDice: dice(bigrams(aWords), bigrams(bWords)),
    characterTrigramDice: dice(characterTrigrams(aWords), characterTrigrams(bWords)),
    lengthRatio: Math.min(a.length, b.length) / longer,
    substitutedShare: diff.substitutedWords / longer,
    unmatchedContentShare: contentTotal === 0 ? 0 : (contentTotal - 2 * sharedContent) / contentTotal,
    hasNumberMismatch: aNumbers.size > 0 && bNumbers.size > 0 && !isNumberSetEqual ? 1 : 0,
    hasNumbersOnOneSide: (aNumbers.size > 0) !== (bNumbers.size > 0) ? 1 : 0,
    logLongerLength: Math.log(longer),
  };
}

/** A light suffix stripper: enough to meet "talks"/"talked"/"talking" as one content word. */
export function stem(word: string): string {
  for (const suffix of ['ingly', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

function countShared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared;
}

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * countShared(a, b)) / total;
}

function bigrams(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let index = 1; index < words.length; index += 1) result.add(`${words[index - 1]} ${words[index]}`);
  return result;
}

function characterTrigrams(words: readonly string[]): Set<string> {
  const text = ` ${words.join(' ')} `;
  const result = new Set<string>();
  for (let index = 0; index + 3 <= text.length; index += 1) result.add(text.slice(index, index + 3));
  return result;
}
