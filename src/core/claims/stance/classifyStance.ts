import { stanceFeatures } from './stanceFeatures';
import { stanceLabels } from './StanceModel';
import type { StanceLabel, StanceModel } from './StanceModel';
import learnedModel from './stanceModel.json';

const defaultModel = learnedModel as StanceModel;

export interface StanceDecision {
  stance: StanceLabel;
  /** Probability of each label, in `stanceLabels` order. */
  probabilities: [number, number, number];
}

/** Does `report` support (`for`), deny (`against`) or merely relay (`observing`) `claim`? */
export function classifyStance(claim: string, report: string, model: StanceModel = defaultModel): StanceDecision {
  const scores = [0, 0, 0];
  for (const feature of stanceFeatures(claim, report)) {
    const weights = model.weights[feature];
    if (!weights) continue;
    for (let k = 0; k < 3; k += 1) scores[k] = (scores[k] ?? 0) + (weights[k] ?? 0);
  }
  const top = Math.max(...scores);
  const exponents = scores.map((score) => Math.exp(score - top));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  const probabilities = exponents.map((value) => value / total) as [number, number, number];
  const best = probabilities.indexOf(Math.max(...probabilities));
  return { stance: stanceLabels[best] ?? 'observing', probabilities };
}
