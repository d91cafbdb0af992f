import type { CompareToken } from './tokenizeForCompare';
import { wordVocabulary } from './wordVocabulary';

/**
 * The candidate-index keys of a sentence: hashed word bigrams, distinct, sorted. Bigrams of two
 * function words ("of the") are left out: they tie every sentence to every other and say
 * nothing about shared text. A bigram survives a synonym swap of any word not in it, so spun
 * copies keep enough keys to be found, and so do paraphrases that keep names and phrases.
 */
export function sentenceShingles(tokens: readonly CompareToken[]): Uint32Array {
  return shinglesOfWordIds(tokens.map((token) => token.id));
}

// Scratch space for one sentence's bigram hashes: only the distinct, sorted result is allocated.
let scratch = new Uint32Array(256);

export function shinglesOfWordIds(wordIds: ArrayLike<number>): Uint32Array {
  if (scratch.length < wordIds.length) scratch = new Uint32Array(2 * wordIds.length);
  const hashes = scratch;
  const wordHashes = wordVocabulary.hashes;
  let count = 0;
  for (let index = 1; index < wordIds.length; index += 1) {
    const previous = wordIds[index - 1] ?? 0;
    const current = wordIds[index] ?? 0;
    if (wordVocabulary.isFunctionWord(previous) && wordVocabulary.isFunctionWord(current)) continue;
    hashes[count++] = mix(wordHashes[previous] ?? 0, wordHashes[current] ?? 0);
  }
  const sorted = hashes.subarray(0, count).sort();
  let distinct = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    if (index === 0 || sorted[index] !== sorted[index - 1]) sorted[distinct++] = sorted[index] ?? 0;
  }
  return hashes.slice(0, distinct);
}

/** A 64-bit key (as 16 hex digits) of the normalised word sequence: equal keys mean verbatim. */
export function wordSequenceKey(tokens: readonly CompareToken[]): string {
  return wordSequenceKeyOfIds(tokens.map((token) => token.id));
}

export function wordSequenceKeyOfIds(wordIds: ArrayLike<number>): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  const wordHashes = wordVocabulary.hashes;
  for (let index = 0; index < wordIds.length; index += 1) {
    const hash = wordHashes[wordIds[index] ?? 0] ?? 0;
    first = mix(first, hash);
    second = mix(second ^ 0x5bd1e995, hash);
  }
  return `${(first >>> 0).toString(16).padStart(8, '0')}${(second >>> 0).toString(16).padStart(8, '0')}`;
}

/** Order-sensitive combination of two 32-bit hashes, finished with murmur3's avalanche. */
function mix(left: number, right: number): number {
  let hash = Math.imul(left ^ 0x9e3779b9, 0x85ebca6b) ^ right;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
