import { countShared, type CodeSet } from './CodeSet';
import type { WordDiff } from './diffWords';
import type { PreparedSentence } from './prepareSentence';

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

export function pairFeatures(a: PreparedSentence, b: PreparedSentence, diff: WordDiff): PairFeatures {
  const aLength = a.tokens.length;
  const bLength = b.tokens.length;
  const longer = Math.max(aLength, bLength, 1);
  const shorter = Math.max(Math.min(aLength, bLength), 1);
  const sharedContent = countShared(a.contentStems, b.contentStems);
  const contentTotal = a.contentStems.size + b.contentStems.size;
  const isNumberSetEqual = a.numbers.size === b.numbers.size && countShared(a.numbers, b.numbers) === a.numbers.size;
  return {
    lcsOverLonger: diff.equalWords / longer,
    lcsOverShorter: diff.equalWords / shorter,
    wordDice: dice(a.words, b.words),
    contentStemDice: contentTotal === 0 ? 0 : (2 * sharedContent) / contentTotal,
    bigramDice: dice(a.bigrams, b.bigrams),
    characterTrigramDice: dice(a.characterTrigrams, b.characterTrigrams),
    lengthRatio: Math.min(aLength, bLength) / longer,
    substitutedShare: diff.substitutedWords / longer,
    unmatchedContentShare: contentTotal === 0 ? 0 : (contentTotal - 2 * sharedContent) / contentTotal,
    hasNumberMismatch: a.numbers.size > 0 && b.numbers.size > 0 && !isNumberSetEqual ? 1 : 0,
    hasNumbersOnOneSide: (a.numbers.size > 0) !== (b.numbers.size > 0) ? 1 : 0,
    logLongerLength: Math.log(longer),
  };
}

function dice(a: CodeSet, b: CodeSet): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * countShared(a, b)) / total;
}
