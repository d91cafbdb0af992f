// Learns the paraphrase call of the sentence aligner from an MSRP-format training file and
// writes src/core/compare/paraphraseModel.json.
//
//   npx tsx scripts/learn-compare-thresholds.ts [msrp-train.tsv]
//
// The model is a ridge-regularised logistic regression over the lexical pair features
// (pairFeatures.ts), fitted by Newton's method. The decision threshold is the one that
// maximises the accuracy of the whole call (rule labels verbatim/near/substituted first, the
// model for the rest) on the training data. 10-fold cross-validation of exactly that recipe is
// printed and stored beside the weights, so the figure expected on unseen splits is on record.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignTokenizedPair } from '../src/core/compare/alignSentencePair';
import { diffWords } from '../src/core/compare/diffWords';
import { pairFeatureNames, pairFeatures } from '../src/core/compare/pairFeatures';
import { prepareSentence } from '../src/core/compare/prepareSentence';
import { paraphraseProbability, type ParaphraseModel } from '../src/core/compare/paraphraseModel';
import { tokenizeForCompare } from '../src/core/compare/tokenizeForCompare';
import { parseParaphrasePairs, scoreParaphraseCalls } from '../src/cli/eval/tasks/paraphrase';
import { solve } from './learning/solveLinearSystem';

const trainFile = process.argv[2] ?? '../shared/corpora/msrp/msr_paraphrase_train.txt';
const outputFile = fileURLToPath(new URL('../src/core/compare/paraphraseModel.json', import.meta.url));
const ridge = 1;
const folds = 10;

interface Example {
  features: number[];
  isParaphrase: boolean;
  /** True when a rule label (verbatim, near, substituted) already calls the pair a match. */
  isRuleMatch: boolean;
}

const neverParaphrase: ParaphraseModel = { features: [], means: [], scales: [], weights: [], bias: 0, threshold: 2 };

const examples: Example[] = parseParaphrasePairs(readFileSync(trainFile, 'utf8')).map((pair) => {
  const a = tokenizeForCompare(pair.first);
  const b = tokenizeForCompare(pair.second);
  const features = pairFeatures(prepareSentence(a), prepareSentence(b), diffWords(a, b));
  return {
    features: pairFeatureNames.map((name) => features[name]),
    isParaphrase: pair.isParaphrase,
    isRuleMatch: alignTokenizedPair(a, b, neverParaphrase).label !== 'unique',
  };
});

function fit(train: readonly Example[]): ParaphraseModel {
  const dimensions = pairFeatureNames.length;
  const means = new Array<number>(dimensions).fill(0);
  const scales = new Array<number>(dimensions).fill(0);
  for (const example of train) example.features.forEach((value, index) => (means[index] = (means[index] ?? 0) + value / train.length));
  for (const example of train) {
    example.features.forEach((value, index) => (scales[index] = (scales[index] ?? 0) + ((value - (means[index] ?? 0)) ** 2) / train.length));
  }
  for (let index = 0; index < dimensions; index += 1) scales[index] = Math.sqrt(scales[index] ?? 0) || 1;
  const rows = train.map((example) => [1, ...example.features.map((value, index) => (value - (means[index] ?? 0)) / (scales[index] ?? 1))]);
  const targets = train.map((example) => (example.isParaphrase ? 1 : 0));
  let beta = new Array<number>(dimensions + 1).fill(0);
  for (let iteration = 0; iteration < 25; iteration += 1) {
    const gradient = new Array<number>(dimensions + 1).fill(0);
    const hessian = Array.from({ length: dimensions + 1 }, () => new Array<number>(dimensions + 1).fill(0));
    rows.forEach((row, rowIndex) => {
      const p = 1 / (1 + Math.exp(-row.reduce((sum, value, index) => sum + value * (beta[index] ?? 0), 0)));
      const weight = p * (1 - p);
      const error = (targets[rowIndex] ?? 0) - p;
      for (let i = 0; i <= dimensions; i += 1) {
        gradient[i] = (gradient[i] ?? 0) + error * (row[i] ?? 0);
        const hessianRow = hessian[i];
        if (!hessianRow) continue;
        for (let j = 0; j <= dimensions; j += 1) hessianRow[j] = (hessianRow[j] ?? 0) + weight * (row[i] ?? 0) * (row[j] ?? 0);
      }
    });
    for (let i = 1; i <= dimensions; i += 1) {
      gradient[i] = (gradient[i] ?? 0) - ridge * (beta[i] ?? 0);
      const hessianRow = hessian[i];
      if (hessianRow) hessianRow[i] = (hessianRow[i] ?? 0) + ridge;
    }
    const step = solve(hessian, gradient);
    beta = beta.map((value, index) => value + (step[index] ?? 0));
    if (step.every((value) => Math.abs(value) < 1e-8)) break;
  }
  const model: ParaphraseModel = {
    features: [...pairFeatureNames],
    means,
    scales,
    weights: beta.slice(1),
    bias: beta[0] ?? 0,
    threshold: 0.5,
  };
  model.threshold = bestThreshold(model, train);
  return model;
}

function call(model: ParaphraseModel, example: Example): boolean {
  return example.isRuleMatch || probability(model, example) >= model.threshold;
}

function probability(model: ParaphraseModel, example: Example): number {
  const features = Object.fromEntries(pairFeatureNames.map((name, index) => [name, example.features[index] ?? 0]));
  return paraphraseProbability(features as Parameters<typeof paraphraseProbability>[0], model);
}

function bestThreshold(model: ParaphraseModel, train: readonly Example[]): number {
  let best = { threshold: 0.5, accuracy: -1 };
  for (let threshold = 0.2; threshold <= 0.8001; threshold += 0.01) {
    const { accuracy } = evaluate({ ...model, threshold }, train);
    if (accuracy > best.accuracy) best = { threshold, accuracy };
  }
  return Math.round(best.threshold * 100) / 100;
}

function evaluate(model: ParaphraseModel, test: readonly Example[]): { accuracy: number; f1: number } {
  return scoreParaphraseCalls(test.map((example) => ({ expected: example.isParaphrase, predicted: call(model, example) })));
}


/** Deterministic shuffle (mulberry32) so the folds, and so the figures, repeat. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = result[index];
    const swap = result[other];
    if (item === undefined || swap === undefined) continue;
    result[index] = swap;
    result[other] = item;
  }
  return result;
}

const order = shuffled(examples, 20250318);
const foldFigures: { accuracy: number; f1: number }[] = [];
for (let fold = 0; fold < folds; fold += 1) {
  const test = order.filter((_, index) => index % folds === fold);
  const train = order.filter((_, index) => index % folds !== fold);
  foldFigures.push(evaluate(fit(train), test));
}
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const deviation = (values: number[]): number => Math.sqrt(mean(values.map((value) => (value - mean(values)) ** 2)));
const accuracies = foldFigures.map((figure) => figure.accuracy);
const f1s = foldFigures.map((figure) => figure.f1);
const finalModel = fit(examples);
const trainFigures = evaluate(finalModel, examples);
const ruleOnly = evaluate({ ...finalModel, threshold: 2 }, examples);
const round = (value: number): number => Math.round(value * 10_000) / 10_000;
const crossValidation = {
  folds,
  accuracy: round(mean(accuracies)),
  accuracyDeviation: round(deviation(accuracies)),
  f1: round(mean(f1s)),
  f1Deviation: round(deviation(f1s)),
};
const record = {
  ...finalModel,
  means: finalModel.means.map((value) => round(value)),
  scales: finalModel.scales.map((value) => round(value)),
  weights: finalModel.weights.map((value) => round(value)),
  bias: round(finalModel.bias),
  trainedOn: { file: trainFile.split('/').slice(-2).join('/'), pairs: examples.length, ridge },
  crossValidation,
  trainingFit: { accuracy: round(trainFigures.accuracy), f1: round(trainFigures.f1) },
  rulesAlone: { accuracy: round(ruleOnly.accuracy), f1: round(ruleOnly.f1) },
};
writeFileSync(outputFile, `${JSON.stringify(record, null, 2)}\n`);
process.stdout.write(`${JSON.stringify({ crossValidation, trainingFit: record.trainingFit, rulesAlone: record.rulesAlone, threshold: record.threshold })}\n`);
