import type { CompareToken } from './tokenizeForCompare';

/**
 * The candidate-index keys of a sentence: hashed word bigrams, distinct, sorted. Bigrams of two
 * function words ("of the") are left out: they tie every sentence to every other and say
 * nothing about shared text. A bigram survives a synonym swap of any word not in it, so spun
 * copies keep enough keys to be found, and so do paraphrases that keep names and phrases.
 */
export function sentenceShingles(tokens: readonly CompareToken[]): Uint32Array {
  const hashes: number[] = [];
  let previous: CompareToken | undefined;
  let previousHash = 0;
  for (const token of tokens) {
    const hash = hashWord(token.norm);
    if (previous && !(previous.isFunctionWord && token.isFunctionWord)) {
      hashes.push(mix(previousHash, hash));
    }
    previous = token;
    previousHash = hash;
  }
  const distinct = Uint32Array.from(new Set(hashes));
  return distinct.sort();
}

/** A 64-bit key (as 16 hex digits) of the normalised word sequence: equal keys mean verbatim. */
export function wordSequenceKey(tokens: readonly CompareToken[]): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (const token of tokens) {
    const hash = hashWord(token.norm);
    first = mix(first, hash);
    second = mix(second ^ 0x5bd1e995, hash);
  }
  return `${(first >>> 0).toString(16).padStart(8, '0')}${(second >>> 0).toString(16).padStart(8, '0')}`;
}

/** FNV-1a over UTF-16 code units. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
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
