import { claimWords, pairFeatures, reportFeatures, stanceFeatures } from './stanceFeatures';
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
  return decide(addWeights([0, 0, 0], stanceFeatures(claim, report), model));
}

function addWeights(scores: number[], features: readonly string[], model: StanceModel): number[] {
  for (const feature of features) {
    const weights = model.weights[feature];
    if (!weights) continue;
    for (let k = 0; k < 3; k += 1) scores[k] = (scores[k] ?? 0) + (weights[k] ?? 0);
  }
  return scores;
}

/**
 * `classifyStance` for many pairs over the same sentences: each text's own features and
 * partial scores are computed once. Decisions are identical to `classifyStance`'s (the
 * weights are added in the same order).
 */
export function makeStanceClassifier(model: StanceModel = defaultModel): (claim: string, report: string) => StanceDecision {
  const reports = new Map<string, { scores: number[]; content: Set<string>; refuting: string[] }>();
  const claims = new Map<string, Set<string>>();
  return (claim, report) => {
    let reportPart = reports.get(report);
    if (!reportPart) {
      const features = reportFeatures(report);
      reportPart = { scores: addWeights([0, 0, 0], features.features, model), content: features.content, refuting: features.refuting };
      reports.set(report, reportPart);
    }
    let words = claims.get(claim);
    if (!words) {
      words = claimWords(claim);
      claims.set(claim, words);
    }
    return decide(addWeights([...reportPart.scores], pairFeatures(words, reportPart), model));
  };
}

function decide(scores: number[]): StanceDecision {
  const top = Math.max(...scores);
  const exponents = scores.map((score) => Math.exp(score - top));
  const total = exponents.reduce((sum, value) => sum + value, 0);
  const probabilities = exponents.map((value) => value / total) as [number, number, number];
  const best = probabilities.indexOf(Math.max(...probabilities));
  return { stance: stanceLabels[best] ?? 'observing', probabilities };
}
