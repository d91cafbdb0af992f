// Meaning-level features of a sentence pair: soft word alignment and sentence vectors over the
// packaged word vectors, lemma overlap, and polarity; joined with the aligner's lexical
// features (src/core/compare/pairFeatures) so one learned model weighs both.
import { diffWords } from '../../compare/diffWords';
import { pairFeatureNames, pairFeatures } from '../../compare/pairFeatures';
import { prepareSentence } from '../../compare/prepareSentence';
import { tokenizeForCompare } from '../../compare/tokenizeForCompare';
import { readSentence, type ReadSentence, type ReadWord } from './readWords';
import { wordVectors, type WordVectors } from './wordVectors';

export const similarityFeatureNames = [
  ...pairFeatureNames,
  'lemmaDice',
  'alignedMean',
  'alignedMin',
  'unalignedShare',
  'sentenceCosine',
  'polarityMismatch',
  'unalignedWordsMost',
  'unmatchedNames',
  'strongAlignedMin',
  'negatedAlignedShare',
  'polarityMismatchWhenAligned',
  'lemmaBigramDice',
  'lemmaTrigramDice',
  'wordCountDifference',
] as const;

export type SimilarityFeatures = Record<(typeof similarityFeatureNames)[number], number>;

// A word counts as aligned when its best counterpart is at least this close. 0.5 in GloVe-100
// is about where related words ("killed"/"casualties" 0.5x) part from unrelated ones.
const alignedCosine = 0.5;
const strongCosine = 0.8;

export function similarityFeatures(aText: string, bText: string, vectors: WordVectors = wordVectors()): SimilarityFeatures {
  const aTokens = prepareSentence(tokenizeForCompare(aText));
  const bTokens = prepareSentence(tokenizeForCompare(bText));
  const lexical = pairFeatures(aTokens, bTokens, diffWords(aTokens.tokens, bTokens.tokens));
  const a = readSentence(aText);
  const b = readSentence(bText);
  const aContent = contentOf(a, vectors);
  const bContent = contentOf(b, vectors);
  const aToB = alignment(aContent, bContent, vectors);
  const bToA = alignment(bContent, aContent, vectors);
  const isPolarityMismatch = a.negations % 2 !== b.negations % 2;
  return {
    ...lexical,
    lemmaDice: lemmaDice(a, b),
    alignedMean: (aToB.score + bToA.score) / 2,
    alignedMin: Math.min(aToB.score, bToA.score),
    unalignedShare: (aToB.unaligned + bToA.unaligned) / 2,
    sentenceCosine: sentenceCosine(aContent, bContent, vectors),
    polarityMismatch: isPolarityMismatch ? 1 : 0,
    unalignedWordsMost: Math.max(aToB.unalignedWords, bToA.unalignedWords),
    unmatchedNames: unmatchedNames(a, b) + unmatchedNames(b, a),
    strongAlignedMin: Math.min(aToB.strong, bToA.strong),
    // Polarity counts only where the sentences otherwise say the same thing: a negation in an
    // added clause is new content, a negation of the shared words reverses them.
    negatedAlignedShare: isPolarityMismatch ? (aToB.oppositePolarity + bToA.oppositePolarity) / 2 : 0,
    polarityMismatchWhenAligned: isPolarityMismatch ? Math.min(aToB.strong, bToA.strong) : 0,
    lemmaBigramDice: lemmaGramDice(a, b, 2),
    lemmaTrigramDice: lemmaGramDice(a, b, 3),
    wordCountDifference: Math.abs(a.words.length - b.words.length),
  };
}

interface ContentWord {
  word: ReadWord;
  row: number;
  /** Rarer words say more: the weight grows with the word's frequency rank in the vectors. */
  weight: number;
}

function contentOf(sentence: ReadSentence, vectors: WordVectors): ContentWord[] {
  const maxWeight = Math.log(vectors.size + 2);
  return sentence.words
    .filter((word) => word.isContent)
    .map((word) => {
      let row = vectors.rowOf(word.value);
      if (row < 0) row = vectors.rowOf(word.lemma);
      return { word, row, weight: row < 0 ? 1 : Math.log(row + 2) / maxWeight };
    });
}

function cosine(vectors: WordVectors, first: number, second: number): number {
  const { matrix, dimensions } = vectors;
  let sum = 0;
  const a = first * dimensions;
  const b = second * dimensions;
  for (let index = 0; index < dimensions; index += 1) sum += (matrix[a + index] ?? 0) * (matrix[b + index] ?? 0);
  return sum;
}

/** Weighted mean of each word's best match on the other side, and the weighted share left without one. */
interface Alignment {
  score: number;
  unaligned: number;
  unalignedWords: number;
  /** Weighted share of words whose best counterpart is the same lemma or a very close word. */
  strong: number;
  /** Weighted share of aligned words whose counterpart sits on the other side of a negation. */
  oppositePolarity: number;
}

function alignment(from: readonly ContentWord[], to: readonly ContentWord[], vectors: WordVectors): Alignment {
  if (from.length === 0) return { score: to.length === 0 ? 1 : 0, unaligned: to.length === 0 ? 0 : 1, unalignedWords: 0, strong: to.length === 0 ? 1 : 0, oppositePolarity: 0 };
  let total = 0;
  let score = 0;
  let unaligned = 0;
  let unalignedWords = 0;
  let strong = 0;
  let oppositePolarity = 0;
  for (const source of from) {
    let best = 0;
    let bestTarget: ContentWord | undefined;
    for (const target of to) {
      const similarity =
        source.word.lemma === target.word.lemma || source.word.value === target.word.value
          ? 1
          : source.row >= 0 && target.row >= 0
            ? cosine(vectors, source.row, target.row)
            : 0;
      if (similarity > best) {
        best = similarity;
        bestTarget = target;
      }
    }
    total += source.weight;
    score += source.weight * best;
    if (best < alignedCosine) {
      unaligned += source.weight;
      unalignedWords += 1;
    }
    if (best >= strongCosine) strong += source.weight;
    if (best >= alignedCosine && bestTarget && bestTarget.word.isNegated !== source.word.isNegated) oppositePolarity += source.weight;
  }
  return { score: score / total, unaligned: unaligned / total, unalignedWords, strong: strong / total, oppositePolarity: oppositePolarity / total };
}

function sentenceCosine(a: readonly ContentWord[], b: readonly ContentWord[], vectors: WordVectors): number {
  const first = meanVector(a, vectors);
  const second = meanVector(b, vectors);
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < vectors.dimensions; index += 1) {
    dot += (first[index] ?? 0) * (second[index] ?? 0);
    firstNorm += (first[index] ?? 0) ** 2;
    secondNorm += (second[index] ?? 0) ** 2;
  }
  return firstNorm === 0 || secondNorm === 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
}

function meanVector(words: readonly ContentWord[], vectors: WordVectors): Float64Array {
  const mean = new Float64Array(vectors.dimensions);
  for (const { row, weight } of words) {
    if (row < 0) continue;
    for (let index = 0; index < vectors.dimensions; index += 1) mean[index] = (mean[index] ?? 0) + weight * (vectors.matrix[row * vectors.dimensions + index] ?? 0);
  }
  return mean;
}

function lemmaDice(a: ReadSentence, b: ReadSentence): number {
  const first = new Set(a.words.filter((word) => word.isContent).map((word) => word.lemma));
  const second = new Set(b.words.filter((word) => word.isContent).map((word) => word.lemma));
  let shared = 0;
  for (const lemma of first) if (second.has(lemma)) shared += 1;
  const total = first.size + second.size;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Names and numbers of one sentence that the other does not have, word for word. */
function unmatchedNames(sentence: ReadSentence, other: ReadSentence): number {
  const otherValues = new Set(other.words.map((word) => word.value));
  let count = 0;
  for (const word of sentence.words) if (word.isName && !otherValues.has(word.value)) count += 1;
  return count;
}

/** Dice of the lemma n-grams (function words included), so "was killed" meets "were killed". */
function lemmaGramDice(a: ReadSentence, b: ReadSentence, size: number): number {
  const grams = (sentence: ReadSentence): Set<string> => {
    const found = new Set<string>();
    for (let index = 0; index + size <= sentence.words.length; index += 1) {
      found.add(sentence.words.slice(index, index + size).map((word) => word.lemma).join(' '));
    }
    return found;
  };
  const first = grams(a);
  const second = grams(b);
  let shared = 0;
  for (const gram of first) if (second.has(gram)) shared += 1;
  const total = first.size + second.size;
  return total === 0 ? 0 : (2 * shared) / total;
}
