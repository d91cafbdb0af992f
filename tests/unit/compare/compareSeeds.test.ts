import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../src/core/compare/compareSources';
import type { CompareSource } from '../../../src/core/compare/CompareSource';
import { readSeed, seedMetadata } from './seedSources';

const sentenceTexts = new Map<number, string>();
let nextSentenceId = 1;
const sources: CompareSource[] = [0, 1, 2, 3, 4].map((number) => ({
  id: number,
  publishedAt: seedMetadata[number]?.publishedAt ?? null,
  kind: seedMetadata[number]?.kind ?? 'unknown',
  sentences: readSeed(number).sentences.map((text) => {
    const id = nextSentenceId++;
    sentenceTexts.set(id, text);
    return { id, text };
  }),
}));
const result = compareSources(sources);
const textOf = (id: number): string => sentenceTexts.get(id) ?? '';

describe('compareSources on the seed articles', () => {
  it('finds the Healey quote verbatim across 001, 002 and 003', () => {
    const healey = result.alignments.filter(
      (alignment) => textOf(alignment.aSentence).includes('This Government is stepping up on European security') && alignment.label === 'verbatim',
    );
    const pairs = healey.map((alignment) => `${alignment.a}-${alignment.b}`).sort();
    expect(pairs).toEqual(['1-2', '1-3', '2-3']);
  });

  it('finds no counterpart in 003 for any sentence of the spun 004', () => {
    expect(result.alignments.filter((alignment) => alignment.a === 3 && alignment.b === 4)).toEqual([]);
    expect(result.matrix.find((row) => row.a === 4 && row.b === 3)).toBeUndefined();
  });

  it('traces 002 and 001 to the press release 003, and finds 002 built from it more than 001', () => {
    const edge = (from: number, to: number) => result.edges.find((candidate) => candidate.from === from && candidate.to === to);
    expect(edge(3, 2)?.evidence.join(' ')).toMatch(/press release/);
    expect(edge(3, 1)).toBeDefined();
    expect(edge(3, 2)?.share ?? 0).toBeGreaterThan(edge(3, 1)?.share ?? 1);
    expect(result.edges.some((candidate) => candidate.to === 3)).toBe(false);
  });

  it('does not link 001 and 002 for the quotes both took from 003', () => {
    expect(result.edges.some((edge) => [edge.from, edge.to].sort().join() === '1,2')).toBe(false);
  });

  it('puts 003 with its copies in one origin group and 004 alone', () => {
    expect(result.originGroups).toContainEqual([1, 2, 3]);
    expect(result.originGroups).toContainEqual([4]);
    expect(result.originGroups.flat().sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('splits each matrix share by label and keeps it a fraction of the first source', () => {
    for (const row of result.matrix) {
      expect(row.verbatim + row.near + row.substituted + row.paraphrase).toBeCloseTo(row.shared, 10);
      expect(row.shared).toBeGreaterThan(0);
      expect(row.shared).toBeLessThanOrEqual(1);
    }
    const wireInRelease = result.matrix.find((row) => row.a === 0 && row.b === 3)?.shared ?? 0;
    expect(wireInRelease).toBeLessThan(result.matrix.find((row) => row.a === 2 && row.b === 3)?.shared ?? 0);
  });
});
