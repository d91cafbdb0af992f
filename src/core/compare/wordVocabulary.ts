import { functionWords } from './functionWords';
import { stem } from './stem';

/**
 * Every normalised word the comparison has met, numbered once. A word's hash, function-word
 * flag and stem are worked out the first time it is met, not at every occurrence, and sets
 * and diffs compare small integers instead of strings. The vocabulary of a language is
 * bounded, so one table for the process is cheaper than one per comparison.
 */
export interface WordVocabulary {
  idOf(norm: string): number;
  hashOf(id: number): number;
  isFunctionWord(id: number): boolean;
  isNumber(id: number): boolean;
  /** Id of the word's stem (itself a vocabulary word). */
  stemOf(id: number): number;
}

/** Ids stay below this, so a pair of ids packs exactly into one float64 (bigram keys). */
export const maxWordIds = 2 ** 26;

const numberPattern = /^\p{N}/u;

function createWordVocabulary(): WordVocabulary {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let hashes = new Uint32Array(1024);
  let flags = new Uint8Array(1024);
  const stems: number[] = [];
  const isFunctionFlag = 1;
  const isNumberFlag = 2;
  const add = (norm: string): number => {
    const id = words.length;
    if (id >= maxWordIds) throw new Error('word vocabulary full');
    if (id === hashes.length) {
      const grownHashes = new Uint32Array(id * 2);
      grownHashes.set(hashes);
      hashes = grownHashes;
      const grownFlags = new Uint8Array(id * 2);
      grownFlags.set(flags);
      flags = grownFlags;
    }
    ids.set(norm, id);
    words.push(norm);
    hashes[id] = hashWord(norm);
    flags[id] = (functionWords.has(norm) ? isFunctionFlag : 0) | (numberPattern.test(norm) ? isNumberFlag : 0);
    stems.push(-1);
    return id;
  };
  const idOf = (norm: string): number => ids.get(norm) ?? add(norm);
  return {
    idOf,
    hashOf: (id) => hashes[id] ?? 0,
    isFunctionWord: (id) => ((flags[id] ?? 0) & isFunctionFlag) !== 0,
    isNumber: (id) => ((flags[id] ?? 0) & isNumberFlag) !== 0,
    stemOf(id) {
      let stemId = stems[id] ?? -1;
      if (stemId === -1) {
        stemId = idOf(stem(words[id] ?? ''));
        stems[id] = stemId;
      }
      return stemId;
    },
  };
}

export const wordVocabulary: WordVocabulary = createWordVocabulary();

/** FNV-1a over UTF-16 code units: the word hash behind shingles and word keys (stored, so fixed). */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
