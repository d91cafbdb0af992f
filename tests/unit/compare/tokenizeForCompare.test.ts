import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenizeForCompare, wordPattern } from '../../../src/core/compare/tokenizeForCompare';
import { readSeed } from './seedSources';

/** The definition the hand-written scanner must match: the pattern's matches, normalised. */
function byPattern(text: string): { norm: string; start: number; end: number }[] {
  return [...text.matchAll(wordPattern)].map((match) => ({ norm: normaliseWord(match[0]), start: match.index, end: match.index + match[0].length }));
}

function byScanner(text: string): { norm: string; start: number; end: number }[] {
  return tokenizeForCompare(text).map(({ norm, start, end }) => ({ norm, start, end }));
}

describe('tokenizeForCompare', () => {
  it('splits words exactly as the word pattern does, on awkward text', () => {
    for (const text of [
      'abc123 5th 2,500.3, 1.5. x:1 it’s rock’n’roll ’tis ʼa café naïve e\u0301 \u0301x a\'b\' 12,a 1..2 ۱۲۳ ½²',
      'Astral letters 𝐀𝐁c and digits 𝟙𝟚, “quotes” — don\'t stop at 3:30pm… Ünïcödé!',
      '',
      '   ...   ',
    ]) {
      expect(byScanner(text)).toEqual(byPattern(text));
    }
  });

  it('splits every seed sentence exactly as the word pattern does', () => {
    for (const number of [0, 1, 2, 3, 4]) for (const sentence of readSeed(number).sentences) expect(byScanner(sentence)).toEqual(byPattern(sentence));
  });

  it('gives equal ids to equal norms and different ids to different norms', () => {
    const [first, second, third] = [tokenizeForCompare('Talks'), tokenizeForCompare('TALKS'), tokenizeForCompare('talk')].map((tokens) => tokens[0]);
    expect(first?.id).toBe(second?.id);
    expect(first?.id).not.toBe(third?.id);
    expect(tokenizeForCompare('Café')[0]?.id).toBe(tokenizeForCompare('cafe')[0]?.id);
  });
});
