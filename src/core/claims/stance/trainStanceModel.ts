import { stanceFeatures } from './stanceFeatures';
import { stanceLabels } from './StanceModel';
import type { StanceLabel, StanceModel } from './StanceModel';

export interface StanceExample {
  claim: string;
  report: string;
  stance: StanceLabel;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty; the headline vocabulary is large and the data small. */
  regularisation: number;
  /** Features seen in fewer examples than this are dropped. */
  minimumCount: number;
}

export const defaultTrainOptions: TrainOptions = { epochs: 60, learningRate: 0.5, regularisation: 0.002, minimumCount: 3 };

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exponents = scores.map((score) => Math.exp(score - top));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  return exponents.map((value) => value / total);
}

/** Fits the stance model by full-batch gradient descent on the softmax loss. Deterministic. */
export function trainStanceModel(examples: readonly StanceExample[], options: TrainOptions = defaultTrainOptions): StanceModel {
  const featureCounts = new Map<string, number>();
  const encoded = examples.map((example) => {
    const features = stanceFeatures(example.claim, example.report);
    for (const feature of features) featureCounts.set(feature, (featureCounts.get(feature) ?? 0) + 1);
    return { features, label: stanceLabels.indexOf(example.stance) };
  });
  const kept = new Map<string, number>();
  for (const [feature, count] of featureCounts) if (count >= options.minimumCount) kept.set(feature, kept.size);
  const weights = new Float64Array(kept.size * 3);
  const rows = encoded.map(({ features, label }) => ({
    indices: features.map((feature) => kept.get(feature)).filter((index): index is number => index !== undefined),
    label,
  }));
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const gradient = new Float64Array(weights.length);
    for (const { indices, label } of rows) {
      const scores = [0, 0, 0];
      for (const index of indices) for (let k = 0; k < 3; k += 1) scores[k] = (scores[k] ?? 0) + (weights[index * 3 + k] ?? 0);
      const probabilities = softmax(scores);
      for (let k = 0; k < 3; k += 1) {
        const error = (probabilities[k] ?? 0) - (k === label ? 1 : 0);
        for (const index of indices) gradient[index * 3 + k] = (gradient[index * 3 + k] ?? 0) + error;
      }
    }
    for (let index = 0; index < weights.length; index += 1) {
      const step = (gradient[index] ?? 0) / rows.length + options.regularisation * (weights[index] ?? 0);
      weights[index] = (weights[index] ?? 0) - options.learningRate * step * 10;
    }
  }
  const named: StanceModel['weights'] = {};
  for (const [feature, index] of kept) {
    const round = (value: number): number => Math.round(value * 1000) / 1000;
    named[feature] = [round(weights[index * 3] ?? 0), round(weights[index * 3 + 1] ?? 0), round(weights[index * 3 + 2] ?? 0)];
  }
  return { version: 1, weights: named };
}
