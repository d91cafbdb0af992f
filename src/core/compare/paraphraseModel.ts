import { pairFeatureNames, type PairFeatures } from './pairFeatures';
import learned from './paraphraseModel.json';

/**
 * A logistic regression over standardised pair features. Learned from MSRP train by
 * scripts/learn-compare-thresholds.ts, which also records its cross-validated figures.
 */
export interface ParaphraseModel {
  features: string[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  /** Probability at and above which an otherwise unmatched pair is called a paraphrase. */
  threshold: number;
}

export const paraphraseModel: ParaphraseModel = learned;

export function paraphraseProbability(features: PairFeatures, model: ParaphraseModel = paraphraseModel): number {
  let sum = model.bias;
  pairFeatureNames.forEach((name, index) => {
    const scale = model.scales[index] ?? 1;
    sum += (model.weights[index] ?? 0) * ((features[name] - (model.means[index] ?? 0)) / (scale === 0 ? 1 : scale));
  });
  return 1 / (1 + Math.exp(-sum));
}
