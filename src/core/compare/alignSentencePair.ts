import { MatchLabel } from '../../shared/comparison';
import { diffWords, type WordDiff } from './diffWords';
import { countShared } from './CodeSet';
import { pairFeatures } from './pairFeatures';
import { paraphraseModel, paraphraseProbability, type ParaphraseModel } from './paraphraseModel';
import { prepareSentence, type PreparedSentence } from './prepareSentence';
import { tokenizeForCompare, type CompareToken } from './tokenizeForCompare';
import { wordVocabulary } from './wordVocabulary';

export type AlignmentLabel = 'verbatim' | 'near' | 'substituted' | 'paraphrase' | 'unique';

/** Labels that mean "this sentence has a counterpart", strongest first. */
export const matchLabels = MatchLabel.options;

export interface SentencePairAlignment {
  label: AlignmentLabel;
  /** Similarity in [0, 1]: 1 for verbatim, else the larger of the learned paraphrase probability and the share of words kept in order. */
  score: number;
  diff: WordDiff;
}

// Rule thresholds are definitions of the labels, not tuned figures: "near" keeps three
// quarters of the longer sentence in order (or changes at most three words); "substituted"
// keeps the length and the function-word skeleton but swaps a noticeable share of content
// words one for one, which is what synonym spinners do and editors rarely do.
const minimumWordsForEditLabels = 4;
const nearKeptShare = 0.75;
const nearFewWords = 3;
const nearFewWordsKeptShare = 0.6;
const substitutedMinimumShare = 0.12;
const substitutedLengthRatio = 0.8;
const substitutedSkeletonKept = 0.8;
const substitutedPositionalOverlap = 0.85;

const partialMinimumContentWords = 6;
const partialContainedShare = 0.6;
// Only where the longer side says much more: between sentences of similar length the learned call decides.
const partialLengthFactor = 1.6;

export function alignSentencePair(aText: string, bText: string, model: ParaphraseModel = paraphraseModel): SentencePairAlignment {
  return alignTokenizedPair(tokenizeForCompare(aText), tokenizeForCompare(bText), model);
}

export function alignTokenizedPair(
  a: readonly CompareToken[],
  b: readonly CompareToken[],
  model: ParaphraseModel = paraphraseModel,
): SentencePairAlignment {
  return alignPreparedPair(prepareSentence(a), prepareSentence(b), model);
}

export function alignPreparedPair(
  aPrepared: PreparedSentence,
  bPrepared: PreparedSentence,
  model: ParaphraseModel = paraphraseModel,
): SentencePairAlignment {
  const a = aPrepared.tokens;
  const b = bPrepared.tokens;
  const diff = diffWords(a, b);
  if (a.length === 0 || b.length === 0) return { label: 'unique', score: 0, diff };
  if (a.length === b.length && diff.equalWords === a.length) return { label: 'verbatim', score: 1, diff };
  const features = pairFeatures(aPrepared, bPrepared, diff);
  const probability = paraphraseProbability(features, model);
  const score = Math.max(probability, features.lcsOverLonger);
  const longer = Math.max(a.length, b.length);
  const shorter = Math.min(a.length, b.length);
  if (shorter >= minimumWordsForEditLabels) {
    if (isSubstitution(a, b, diff)) return { label: 'substituted', score, diff };
    const changedWords = diff.substitutedWords + diff.insertedWords + diff.deletedWords;
    const kept = diff.equalWords / longer;
    if (kept >= nearKeptShare || (changedWords <= nearFewWords && kept >= nearFewWordsKeptShare)) {
      return { label: 'near', score, diff };
    }
  }
  const isParaphrase = probability >= model.threshold || isPartialRestatement(aPrepared, bPrepared);
  return { label: isParaphrase ? 'paraphrase' : 'unique', score, diff };
}

/**
 * A rewrite often restates part of a longer sentence of its origin ("The discussions will
 * centre on increasing economic pressure on Moscow…" from a sentence that also lists other
 * topics). Sentence-level lexical similarity misses it, so: most content words of the shorter
 * side, and enough of them to be specific, found in the longer one.
 */
function isPartialRestatement(a: PreparedSentence, b: PreparedSentence): boolean {
  const [fewer, more] = a.contentStems.size <= b.contentStems.size ? [a.contentStems, b.contentStems] : [b.contentStems, a.contentStems];
  if (fewer.size < partialMinimumContentWords || more.size < partialLengthFactor * fewer.size) return false;
  return countShared(fewer, more) / fewer.size >= partialContainedShare;
}

function isSubstitution(a: readonly CompareToken[], b: readonly CompareToken[], diff: WordDiff): boolean {
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) / longer < substitutedLengthRatio) return false;
  if (diff.insertedWords + diff.deletedWords > diff.substitutedWords) return false;
  if ((diff.equalWords + diff.substitutedWords) / longer < substitutedPositionalOverlap) return false;
  let swappedContentWords = 0;
  for (const op of diff.ops) {
    if (op.op !== 'substitute') continue;
    for (let index = op.aWords[0]; index < op.aWords[1]; index += 1) {
      const token = a[index];
      if (token && !token.isFunctionWord && !wordVocabulary.isNumber(token.id)) swappedContentWords += 1;
    }
  }
  if (swappedContentWords < 2 || swappedContentWords / longer < substitutedMinimumShare) return false;
  return skeletonKept(a, diff, 'a') >= substitutedSkeletonKept && skeletonKept(b, diff, 'b') >= substitutedSkeletonKept;
}

/** Share of a sentence's function words that sit in equal runs of the diff. */
function skeletonKept(tokens: readonly CompareToken[], diff: WordDiff, side: 'a' | 'b'): number {
  const functionWordCount = tokens.filter((token) => token.isFunctionWord).length;
  if (functionWordCount === 0) return 1;
  let kept = 0;
  for (const op of diff.ops) {
    if (op.op !== 'equal') continue;
    const [from, to] = side === 'a' ? op.aWords : op.bWords;
    for (let index = from; index < to; index += 1) if (tokens[index]?.isFunctionWord) kept += 1;
  }
  return kept / functionWordCount;
}
