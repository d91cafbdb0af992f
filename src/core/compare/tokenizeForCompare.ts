import { wordVocabulary } from './wordVocabulary';

/** A word of a sentence as the comparison sees it: normalised, with its place in the text. */
export interface CompareToken {
  /** Lower case, diacritics removed, typographic apostrophes made plain. */
  norm: string;
  /** The norm's number in the word vocabulary: equal ids mean equal norms. */
  id: number;
  start: number;
  end: number;
  isFunctionWord: boolean;
}

// What a word is (the scanner below is this pattern, written out for speed): words keep inner
// apostrophes ("it's") and numbers keep their separators ("2,500", "1.5") so that a changed
// figure is one substituted word, not several.
export const wordPattern = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const diacritics = /\p{M}/gu;
const nonAscii = /[^\x00-\x7f]/;

export function normaliseWord(word: string): string {
  if (!nonAscii.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(diacritics, '').replace(/[’ʼ]/g, "'").toLowerCase();
}

/**
 * Splits a sentence into comparable words. Case, quotes, punctuation and white space fall
 * away, so two sentences with the same token norms are the same words.
 */
export function tokenizeForCompare(text: string): CompareToken[] {
  const count = scanWords(text);
  const tokens: CompareToken[] = new Array<CompareToken>(count);
  for (let index = 0; index < count; index += 1) {
    const id = scanned.ids[index] ?? 0;
    tokens[index] = {
      norm: wordVocabulary.words[id] ?? '',
      id,
      start: scanned.starts[index] ?? 0,
      end: scanned.ends[index] ?? 0,
      isFunctionWord: wordVocabulary.isFunctionWord(id),
    };
  }
  return tokens;
}

/**
 * The vocabulary ids of a sentence's words, as tokenizeForCompare finds them, without the
 * token objects. The array is scratch space, overwritten by the next call: read it at once.
 */
export function scanWordIds(text: string): Int32Array {
  const count = scanWords(text);
  return scanned.ids.subarray(0, count);
}

// Character classes: 0 not yet known, 1 neither, 2 number (\p{N}), 3 letter or mark ([\p{L}\p{M}]).
const other = 1;
const digit = 2;
const letter = 3;
const basicPlaneClasses = new Uint8Array(65_536);
const numberCharacter = /^\p{N}$/u;
const letterCharacter = /^[\p{L}\p{M}]$/u;
for (let code = 0; code < 128; code += 1) {
  basicPlaneClasses[code] = code >= 48 && code <= 57 ? digit : (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? letter : other;
}

function classOf(codePoint: number): number {
  if (codePoint < 65_536) {
    const known = basicPlaneClasses[codePoint] ?? 0;
    if (known !== 0) return known;
  }
  const character = String.fromCodePoint(codePoint);
  const found = numberCharacter.test(character) ? digit : letterCharacter.test(character) ? letter : other;
  if (codePoint < 65_536) basicPlaneClasses[codePoint] = found;
  return found;
}

function isWordApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

function isNumberSeparator(code: number): boolean {
  return code === 46 || code === 44 || code === 58;
}

/** The words of the last scanned text: [starts[i], ends[i]) and vocabulary id, i < count. */
const scanned = { starts: new Int32Array(256), ends: new Int32Array(256), ids: new Int32Array(256) };

/** Length in code units of the code point at `index`, and its class, packed as class * 4 + length. */
function classAt(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return classOf(code) * 4 + (code > 0xffff ? 2 : 1);
}

function runEnd(text: string, from: number, wordClass: number): number {
  let cursor = from;
  while (cursor < text.length) {
    const code = text.charCodeAt(cursor);
    if (code < 128) {
      if (basicPlaneClasses[code] !== wordClass) break;
      cursor += 1;
      continue;
    }
    const packed = classAt(text, cursor);
    if (packed >> 2 !== wordClass) break;
    cursor += packed & 3;
  }
  return cursor;
}

/** Runs wordPattern over the text (same matches, left to right), filling `scanned`. */
function scanWords(text: string): number {
  let count = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const startClass = classAt(text, index) >> 2;
    if (startClass === other) {
      index += classAt(text, index) & 3;
      continue;
    }
    const start = index;
    // Greedy run of the start class, then (separator, run)* while a separator is followed by the class.
    let end = runEnd(text, index, startClass);
    for (;;) {
      if (end >= length) break;
      const separator = text.charCodeAt(end);
      if (!(startClass === digit ? isNumberSeparator(separator) : isWordApostrophe(separator))) break;
      if (end + 1 >= length || classAt(text, end + 1) >> 2 !== startClass) break;
      end = runEnd(text, end + 1, startClass);
    }
    let isAscii = true;
    for (let cursor = start; cursor < end && isAscii; cursor += 1) isAscii = text.charCodeAt(cursor) < 128;
    if (count === scanned.ids.length) growScanned();
    scanned.starts[count] = start;
    scanned.ends[count] = end;
    scanned.ids[count] = isAscii ? wordVocabulary.idOfAsciiSpan(text, start, end) : wordVocabulary.idOf(normaliseWord(text.slice(start, end)));
    count += 1;
    index = end;
  }
  return count;
}

function growScanned(): void {
  for (const key of ['starts', 'ends', 'ids'] as const) {
    const grown = new Int32Array(scanned[key].length * 2);
    grown.set(scanned[key]);
    scanned[key] = grown;
  }
}
