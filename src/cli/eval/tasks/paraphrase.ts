// `eval paraphrase <msrp.tsv>`: the meaning-level similarity's paraphrase call
// (core/language/similarity) on MSRP-format pairs. The sentence aligner's call (any label but
// `unique`) is scored beside it, so the two can be compared on any split.
import { readFile } from 'node:fs/promises';
import { alignSentencePair } from '../../../core/compare/alignSentencePair';
import { sentenceSimilarity } from '../../../core/language/similarity/sentenceSimilarity';

export interface ParaphrasePair {
  isParaphrase: boolean;
  first: string;
  second: string;
}

/** Reads `Quality, #1 ID, #2 ID, #1 String, #2 String` rows; the header and malformed rows are skipped. */
export function parseParaphrasePairs(text: string): ParaphrasePair[] {
  const pairs: ParaphrasePair[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const columns = line.split('\t');
    const [quality, , , first, second] = columns;
    if (columns.length < 5 || (quality !== '0' && quality !== '1') || first === undefined || second === undefined) continue;
    pairs.push({ isParaphrase: quality === '1', first, second });
  }
  return pairs;
}

export function scoreParaphraseCalls(calls: readonly { expected: boolean; predicted: boolean }[]): { accuracy: number; f1: number } {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let correct = 0;
  for (const { expected, predicted } of calls) {
    if (expected === predicted) correct += 1;
    if (predicted && expected) truePositives += 1;
    if (predicted && !expected) falsePositives += 1;
    if (!predicted && expected) falseNegatives += 1;
  }
  const precision = truePositives / Math.max(truePositives + falsePositives, 1);
  const recall = truePositives / Math.max(truePositives + falseNegatives, 1);
  return {
    accuracy: correct / Math.max(calls.length, 1),
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

export async function runParaphraseTask(file: string): Promise<object> {
  const pairs = parseParaphrasePairs(await readFile(file, 'utf8'));
  if (pairs.length === 0) throw new Error(`${file} has no MSRP-format rows (Quality, #1 ID, #2 ID, #1 String, #2 String)`);
  const calls = pairs.map((pair) => ({ expected: pair.isParaphrase, predicted: sentenceSimilarity(pair.first, pair.second).isParaphrase }));
  const alignerCalls = pairs.map((pair) => ({
    expected: pair.isParaphrase,
    predicted: alignSentencePair(pair.first, pair.second).label !== 'unique',
  }));
  const { accuracy, f1 } = scoreParaphraseCalls(calls);
  const aligner = scoreParaphraseCalls(alignerCalls);
  return {
    task: 'paraphrase',
    accuracy: round(accuracy),
    f1: round(f1),
    n: pairs.length,
    aligner: { accuracy: round(aligner.accuracy), f1: round(aligner.f1) },
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
