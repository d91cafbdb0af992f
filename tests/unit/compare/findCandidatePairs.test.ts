import { describe, expect, it } from 'vitest';
import { findCandidatePairs, type CandidateText } from '../../../src/core/compare/findCandidatePairs';
import { sentenceShingles } from '../../../src/core/compare/sentenceShingles';
import { tokenizeForCompare } from '../../../src/core/compare/tokenizeForCompare';
import { readSeed } from './seedSources';

function text(sentence: string, source: number, isTouched = true): CandidateText {
  return { shingles: sentenceShingles(tokenizeForCompare(sentence)), soleSource: source, isTouched };
}

function pairsOf(texts: CandidateText[], maxPostings = 200): string[] {
  const pairs = findCandidatePairs(texts, { maxPostings, minSharedShare: 0.1 });
  return [...pairs.first].map((first, index) => `${first}-${pairs.second[index]}`);
}

describe('findCandidatePairs', () => {
  it('pairs sentences that share phrases across sources and leaves unrelated ones unpaired', () => {
    const texts = [
      text('The foreign secretary will meet the high representative in London today.', 1),
      text('Officials said the foreign secretary will meet the high representative on Tuesday.', 2),
      text('Heavy rain flooded several villages in the north overnight.', 2),
      text('The football club announced a new manager after a poor season.', 3),
    ];
    expect(pairsOf(texts)).toEqual(['0-1']);
  });

  it('never pairs two texts of the same source', () => {
    expect(pairsOf([text('The talks in London will focus on sanctions.', 1), text('The talks in London will focus on defence.', 1)])).toEqual([]);
  });

  it('only returns pairs with a touched text', () => {
    const texts = [
      text('The talks in London will focus on sanctions against Moscow.', 1, false),
      text('The talks in London will focus on sanctions against Moscow and Minsk.', 2, false),
      text('Both sides said the talks in London will focus on sanctions.', 3, true),
    ];
    expect(pairsOf(texts)).toEqual(['0-2', '1-2']);
  });

  it('skips shingles carried by more texts than the posting limit', () => {
    const texts = [0, 1, 2, 3].map((source) => text(`Prime minister visits town number ${source}`, source));
    expect(pairsOf(texts, 200).length).toBe(6);
    expect(pairsOf(texts, 3)).toEqual([]);
  });

  it('finds the same pairs with a touched text whether or not the untouched texts are flagged', () => {
    const texts = [0, 1, 2, 3, 4].flatMap((number) => readSeed(number).sentences.map((sentence) => text(sentence, number)));
    const everyPair = findCandidatePairs(texts);
    expect(everyPair.first.length).toBeGreaterThan(10);
    const isTouched = (index: number): boolean => index % 7 === 0;
    const flagged = texts.map((candidate, index) => ({ ...candidate, isTouched: isTouched(index) }));
    const touchedOnly = findCandidatePairs(flagged);
    const expected = [...everyPair.first]
      .map((first, index) => [first, everyPair.second[index] ?? -1, everyPair.shared[index] ?? -1])
      .filter(([first, second]) => isTouched(first ?? -1) || isTouched(second ?? -1));
    expect([...touchedOnly.first].map((first, index) => [first, touchedOnly.second[index], touchedOnly.shared[index]])).toEqual(expected);
  });
});
