import { functionWords } from './functionWords';
import { stem } from './stem';

/** Ids stay below this, so a pair of ids packs exactly into one float64 (bigram keys). */
export const maxWordIds = 2 ** 26;

const numberPattern = /^\p{N}/u;
const isFunctionFlag = 1;
const isNumberFlag = 2;

/**
 * Every normalised word the comparison has met, numbered once. A word's hash, function-word
 * flag and stem are worked out the first time it is met, not at every occurrence, and sets
 * and diffs compare small integers instead of strings. The vocabulary of a language is
 * bounded, so one table for the process is cheaper than one per comparison.
 *
 * Lookup is an open-addressing table keyed by the word's FNV-1a hash, so a plain ASCII word
 * can be found straight from the characters of the sentence, lower-cased on the fly, without
 * making a string for it (most words of a corpus have been met before).
 */
export class WordVocabulary {
  /** FNV-1a hash of each word, by id. */
  hashes = new Uint32Array(1024);
  /** isFunctionFlag | isNumberFlag, by id. */
  flags = new Uint8Array(1024);
  readonly words: string[] = [];
  private readonly stems: number[] = [];
  /** Slots hold id + 1 (0 = empty); the table is kept at most half full. */
  private slots = new Int32Array(4096);

  idOf(norm: string): number {
    const hash = hashWord(norm);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(norm, hash, slot);
      if (this.hashes[entry - 1] === hash && this.words[entry - 1] === norm) return entry - 1;
    }
  }

  /**
   * The id of text[start, end), a word of ASCII letters, digits and apostrophes only, whose
   * norm is its lower case: the same id idOf(normaliseWord(word)) gives.
   */
  idOfAsciiSpan(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let index = start; index < end; index += 1) {
      hash ^= lowerAscii(text.charCodeAt(index));
      hash = Math.imul(hash, 0x01000193);
    }
    hash >>>= 0;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return this.add(text.slice(start, end).toLowerCase(), hash, slot);
      if (this.hashes[entry - 1] === hash && spanEquals(this.words[entry - 1] ?? '', text, start, end)) return entry - 1;
    }
  }

  isFunctionWord(id: number): boolean {
    return ((this.flags[id] ?? 0) & isFunctionFlag) !== 0;
  }

  isNumber(id: number): boolean {
    return ((this.flags[id] ?? 0) & isNumberFlag) !== 0;
  }

  /** Id of the word's stem (itself a vocabulary word). */
  stemOf(id: number): number {
    let stemId = this.stems[id] ?? -1;
    if (stemId === -1) {
      stemId = this.idOf(stem(this.words[id] ?? ''));
      this.stems[id] = stemId;
    }
    return stemId;
  }

  private add(norm: string, hash: number, slot: number): number {
    const id = this.words.length;
    if (id >= maxWordIds) throw new Error('word vocabulary full');
    if (id === this.hashes.length) {
      const hashes = new Uint32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const flags = new Uint8Array(id * 2);
      flags.set(this.flags);
      this.flags = flags;
    }
    this.words.push(norm);
    this.stems.push(-1);
    this.hashes[id] = hash;
    this.flags[id] = (functionWords.has(norm) ? isFunctionFlag : 0) | (numberPattern.test(norm) ? isNumberFlag : 0);
    this.slots[slot] = id + 1;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id += 1) {
      let slot = (this.hashes[id] ?? 0) & mask;
      while ((slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function spanEquals(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index += 1) {
    if (word.charCodeAt(index) !== lowerAscii(text.charCodeAt(start + index))) return false;
  }
  return true;
}

export const wordVocabulary = new WordVocabulary();

/** FNV-1a over UTF-16 code units: the word hash behind shingles and word keys (stored, so fixed). */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
