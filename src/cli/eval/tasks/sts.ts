// `eval sts <sts.csv>`: Pearson r between the meaning-level similarity score
// (core/language/similarity) and the gold 0-5 score on the `main-news` rows of an
// STS-benchmark-format file. The sentence aligner's score is correlated beside it.
import { readFile } from 'node:fs/promises';
import { alignSentencePair } from '../../../core/compare/alignSentencePair';
import { sentenceSimilarity } from '../../../core/language/similarity/sentenceSimilarity';

export interface SimilarityPair {
  gold: number;
  first: string;
  second: string;
}

/** Reads `genre, source, year, id, score, s1, s2[, extra…]` rows of one genre; malformed rows are skipped. */
export function parseSimilarityPairs(text: string, genre = 'main-news'): SimilarityPair[] {
  const pairs: SimilarityPair[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const columns = line.split('\t');
    const [rowGenre, , , , score, first, second] = columns;
    if (rowGenre?.trim() !== genre || first === undefined || second === undefined) continue;
    const gold = Number.parseFloat(score ?? '');
    if (!Number.isFinite(gold)) continue;
    pairs.push({ gold, first, second });
  }
  return pairs;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let sumX = 0;
  let sumY = 0;
  for (let index = 0; index < n; index += 1) {
    sumX += xs[index] ?? 0;
    sumY += ys[index] ?? 0;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let index = 0; index < n; index += 1) {
    const dx = (xs[index] ?? 0) - meanX;
    const dy = (ys[index] ?? 0) - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
}

export async function runStsTask(file: string): Promise<object> {
  const pairs = parseSimilarityPairs(await readFile(file, 'utf8'));
  if (pairs.length === 0) throw new Error(`${file} has no STS-benchmark rows of genre main-news`);
  const golds = pairs.map((pair) => pair.gold);
  const r = pearson(pairs.map((pair) => sentenceSimilarity(pair.first, pair.second).score), golds);
  const alignerR = pearson(pairs.map((pair) => alignSentencePair(pair.first, pair.second).score), golds);
  const round = (value: number): number => Math.round(value * 10_000) / 10_000;
  return { task: 'sts', pearson: round(r), n: pairs.length, aligner: { pearson: round(alignerR) } };
}
