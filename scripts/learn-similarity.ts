// Learns the meaning-level similarity (src/core/language/similarity) and writes
// src/core/language/similarity/similarityModel.json.
//
//   npx tsx scripts/learn-similarity.ts [msrp-train.tsv] [sts-train.csv] [sts-dev.csv] [word-vectors.bin]
//
// The word vectors default to the shipped resources/language/word-vectors.bin; another file
// written by scripts/build-word-vectors.ts (say with more or fewer words) can be measured instead.
//
// Both models are plain linear models over the standardised features of similarityFeatures.ts:
// - paraphrase: ridge-regularised logistic regression fitted by Newton's method on MSRP train
//   less a fixed held-out fifth (every fifth pair), then the threshold with the best accuracy on
//   the learning part. The held-out fifth is scored once, for the record.
// - relatedness: ridge regression onto the 0-5 gold of the STS train file's main-news rows.
//   The dev file, when given, is scored once, for the record; it is never learned from.
// Only training splits are read; test splits are measured elsewhere.
//
// Neither corpus has minimal negation pairs ("was killed" / "was not killed"), so neither can
// teach that a negation of the shared words reverses them: the learned polarity weights come out
// near zero. The script therefore adds contrast pairs made from the learning pairs themselves:
// every tenth clear match (MSRP paraphrase, STS gold >= 4) with one side negated at its first
// auxiliary ("was" -> "was not"), or its "not" removed. They are labelled "not a paraphrase" and,
// for relatedness, STS level 2 ("not equivalent, but share some details"). That level is this
// script's assumption, stated here, not a corpus figure. Held-out and dev pairs get none.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseParaphrasePairs, scoreParaphraseCalls } from '../src/cli/eval/tasks/paraphrase';
import { parseSimilarityPairs, pearson } from '../src/cli/eval/tasks/sts';
import type { LinearModel } from '../src/core/language/similarity/linearModel';
import { similarityFromFeatures, type SimilarityModel } from '../src/core/language/similarity/sentenceSimilarity';
import { similarityFeatureNames, similarityFeatures, type SimilarityFeatures } from '../src/core/language/similarity/similarityFeatures';
import { loadWordVectors, wordVectors } from '../src/core/language/similarity/wordVectors';
import { solve } from './learning/solveLinearSystem';

const msrpFile = process.argv[2] ?? '../shared/corpora/msrp/msr_paraphrase_train.txt';
const stsTrainFile = process.argv[3] ?? '../shared/corpora/sts/sts-train.csv';
const stsDevFile = process.argv[4] ?? '../shared/corpora/sts/sts-dev.csv';
const vectors = process.argv[5] === undefined ? wordVectors() : loadWordVectors(process.argv[5]);
const outputFile = fileURLToPath(new URL('../src/core/language/similarity/similarityModel.json', import.meta.url));
const ridge = 1;
const heldOutEvery = 5;
const features = [...similarityFeatureNames];

interface Example {
  features: SimilarityFeatures;
  values: number[];
  target: number;
}

function examplesOf(pairs: readonly { first: string; second: string }[], targets: readonly number[]): Example[] {
  return pairs.map((pair, index) => {
    const computed = similarityFeatures(pair.first, pair.second, vectors);
    return { features: computed, values: features.map((name) => computed[name]), target: targets[index] ?? 0 };
  });
}

const msrpPairs = parseParaphrasePairs(readFileSync(msrpFile, 'utf8'));
const msrp = examplesOf(msrpPairs, msrpPairs.map((pair) => (pair.isParaphrase ? 1 : 0)));
const contrastEvery = 10;
const contrastRelatedness = 2;
const auxiliary = /\b(is|was|are|were|has|have|had|will|would|can|could|should|did|does|do|must|may|might)\b/i;

/** The sentence with its polarity reversed at the first auxiliary, or undefined when it has none. */
function negated(sentence: string): string | undefined {
  if (/\bnot\b/i.test(sentence)) return sentence.replace(/\s+not\b/i, '');
  return auxiliary.test(sentence) ? sentence.replace(auxiliary, '$1 not') : undefined;
}

function contrastPairs(pairs: readonly { first: string; second: string }[]): { first: string; second: string }[] {
  return pairs
    .filter((_, index) => index % contrastEvery === 0)
    .flatMap((pair) => {
      const second = negated(pair.second);
      return second === undefined ? [] : [{ first: pair.first, second }];
    });
}

const msrpLearnPairs = msrpPairs.filter((_, index) => index % heldOutEvery !== heldOutEvery - 1);
const msrpContrast = contrastPairs(msrpLearnPairs.filter((pair) => pair.isParaphrase));
const msrpLearnOnly = msrp.filter((_, index) => index % heldOutEvery !== heldOutEvery - 1);
const msrpLearn = [...msrpLearnOnly, ...examplesOf(msrpContrast, msrpContrast.map(() => 0))];
const msrpHeldOut = msrp.filter((_, index) => index % heldOutEvery === heldOutEvery - 1);
const stsTrainPairs = parseSimilarityPairs(readFileSync(stsTrainFile, 'utf8'));
const stsTrain = examplesOf(stsTrainPairs, stsTrainPairs.map((pair) => pair.gold));
const stsContrast = contrastPairs(stsTrainPairs.filter((pair) => pair.gold >= 4));
const stsLearn = [...stsTrain, ...examplesOf(stsContrast, stsContrast.map(() => contrastRelatedness))];
const stsDevPairs = parseSimilarityPairs(readFileSync(stsDevFile, 'utf8'));
const stsDev = examplesOf(stsDevPairs, stsDevPairs.map((pair) => pair.gold));

function standardisation(examples: readonly Example[]): { means: number[]; scales: number[] } {
  const means = features.map((_, index) => examples.reduce((sum, example) => sum + (example.values[index] ?? 0), 0) / examples.length);
  const scales = features.map((_, index) => {
    const variance = examples.reduce((sum, example) => sum + ((example.values[index] ?? 0) - (means[index] ?? 0)) ** 2, 0) / examples.length;
    return Math.sqrt(variance) || 1;
  });
  return { means, scales };
}

function designRows(examples: readonly Example[], means: readonly number[], scales: readonly number[]): number[][] {
  return examples.map((example) => [1, ...example.values.map((value, index) => (value - (means[index] ?? 0)) / (scales[index] ?? 1))]);
}

/** Newton's method for logistic regression; with `isLogistic` false, one step is the ridge least-squares solution. */
function fitLinear(examples: readonly Example[], isLogistic: boolean): LinearModel {
  const { means, scales } = standardisation(examples);
  const rows = designRows(examples, means, scales);
  const size = features.length + 1;
  let beta = new Array<number>(size).fill(0);
  for (let iteration = 0; iteration < (isLogistic ? 30 : 1); iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((row, rowIndex) => {
      const linear = row.reduce((sum, value, index) => sum + value * (beta[index] ?? 0), 0);
      const prediction = isLogistic ? 1 / (1 + Math.exp(-linear)) : linear;
      const weight = isLogistic ? prediction * (1 - prediction) : 1;
      const error = (examples[rowIndex]?.target ?? 0) - prediction;
      for (let i = 0; i < size; i += 1) {
        gradient[i] = (gradient[i] ?? 0) + error * (row[i] ?? 0);
        const hessianRow = hessian[i];
        if (!hessianRow) continue;
        for (let j = 0; j < size; j += 1) hessianRow[j] = (hessianRow[j] ?? 0) + weight * (row[i] ?? 0) * (row[j] ?? 0);
      }
    });
    for (let i = 1; i < size; i += 1) {
      gradient[i] = (gradient[i] ?? 0) - ridge * (beta[i] ?? 0);
      const hessianRow = hessian[i];
      if (hessianRow) hessianRow[i] = (hessianRow[i] ?? 0) + ridge;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((value, index) => value + (step[index] ?? 0));
    if (step.every((value) => Math.abs(value) < 1e-9)) break;
  }
  return { means, scales, weights: beta.slice(1), bias: beta[0] ?? 0 };
}


function accuracyOf(model: SimilarityModel, examples: readonly Example[]): { accuracy: number; f1: number } {
  return scoreParaphraseCalls(
    examples.map((example) => ({ expected: example.target === 1, predicted: similarityFromFeatures(example.features, model).isParaphrase })),
  );
}

function pearsonOf(model: SimilarityModel, examples: readonly Example[]): number {
  return pearson(
    examples.map((example) => similarityFromFeatures(example.features, model).score),
    examples.map((example) => example.target),
  );
}

const paraphrase = fitLinear(msrpLearn, true);
const relatedness = fitLinear(stsLearn, false);
const model: SimilarityModel = { features, paraphrase: { ...paraphrase, threshold: 0.5 }, relatedness };
let best = { threshold: 0.5, accuracy: -1 };
for (let step = 20; step <= 80; step += 1) {
  const threshold = step / 100;
  const { accuracy } = accuracyOf({ ...model, paraphrase: { ...model.paraphrase, threshold } }, msrpLearnOnly);
  if (accuracy > best.accuracy) best = { threshold, accuracy };
}
model.paraphrase.threshold = best.threshold;

const round = (value: number): number => Math.round(value * 10_000) / 10_000;
const roundModel = (linear: LinearModel): LinearModel => ({
  means: linear.means.map(round),
  scales: linear.scales.map(round),
  weights: linear.weights.map(round),
  bias: round(linear.bias),
});
const stored: SimilarityModel = {
  features,
  paraphrase: { ...roundModel(model.paraphrase), threshold: model.paraphrase.threshold },
  relatedness: roundModel(model.relatedness),
};
const figures = {
  paraphraseLearnPart: mapRound(accuracyOf(stored, msrpLearnOnly)),
  paraphraseHeldOut: mapRound(accuracyOf(stored, msrpHeldOut)),
  paraphraseWholeFile: mapRound(accuracyOf(stored, msrp)),
  stsTrainPearson: round(pearsonOf(stored, stsTrain)),
  stsDevPearson: round(pearsonOf(stored, stsDev)),
};
function mapRound(figure: { accuracy: number; f1: number }): { accuracy: number; f1: number } {
  return { accuracy: round(figure.accuracy), f1: round(figure.f1) };
}
const record = {
  ...stored,
  learnedOn: {
    paraphrase: {
      file: msrpFile.split('/').slice(-2).join('/'),
      pairs: msrpLearnOnly.length,
      contrastPairs: msrpContrast.length,
      heldOut: `every ${heldOutEvery}th pair (${msrpHeldOut.length})`,
    },
    relatedness: {
      file: stsTrainFile.split('/').slice(-2).join('/'),
      genre: 'main-news',
      pairs: stsTrain.length,
      contrastPairs: stsContrast.length,
      contrastRelatedness,
    },
    vectors: { words: vectors.size },
    ridge,
  },
  figures,
};
writeFileSync(outputFile, `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`${JSON.stringify({ threshold: stored.paraphrase.threshold, ...figures })}\n`);
