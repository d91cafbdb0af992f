import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/importing/countWords';

// The definition the character loop must keep: runs of letters and digits joined by single
// apostrophes, stops, commas or hyphens.
const wordPattern = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;
const byPattern = (text: string) => text.match(wordPattern)?.length ?? 0;

describe('countWords', () => {
  it('counts joined numbers, contractions and hyphenated names as one word', () => {
    expect(countWords("The EU-UK deal costs 120,000 euros, doesn't it? 3.5%")).toBe(9);
  });

  it('splits on doubled joiners and trailing punctuation', () => {
    expect(countWords('end.. next -- word, ...more')).toBe(4);
  });

  it('counts letters beyond ASCII and outside the Basic Multilingual Plane', () => {
    expect(countWords('Zürich São Paulo Łódź 𝐀𝐁𝐂 東京')).toBe(6);
  });

  it('agrees with the pattern it replaces on mixed text', () => {
    const pieces = ['word', 'Ünïcödé', '42', "'", '’', '.', ',', '-', ' ', '\n', '—', '𝐀', '!', '"', 'x'];
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 4294967296);
    for (let trial = 0; trial < 500; trial += 1) {
      const text = Array.from({ length: 30 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(countWords(text), text).toBe(byPattern(text));
    }
  });
});
