import { classifyStance } from './classifyStance';
import type { EmergentRow } from './readEmergentCsv';
import { stanceLabels } from './StanceModel';
import type { StanceLabel, StanceModel } from './StanceModel';
import { defaultTrainOptions, trainStanceModel } from './trainStanceModel';
import type { TrainOptions } from './trainStanceModel';

export interface StanceScores {
  accuracy: number;
  macroF1: number;
  n: number;
}

/** Accuracy and macro-F1 of a model on labelled rows. */
export function scoreStance(rows: readonly EmergentRow[], model: StanceModel): StanceScores {
  const predictions = rows.map((row) => classifyStance(row.claim, row.report, model).stance);
  return scorePredictions(rows.map((row) => row.stance), predictions);
}

export function scorePredictions(gold: readonly StanceLabel[], predicted: readonly StanceLabel[]): StanceScores {
  let correct = 0;
  const f1s = stanceLabels.map((label) => {
    let truePositives = 0;
    let predictedCount = 0;
    let goldCount = 0;
    gold.forEach((goldLabel, index) => {
      if (goldLabel === label) goldCount += 1;
      if (predicted[index] === label) predictedCount += 1;
      if (goldLabel === label && predicted[index] === label) truePositives += 1;
    });
    return predictedCount + goldCount === 0 ? 0 : (2 * truePositives) / (predictedCount + goldCount);
  });
  gold.forEach((label, index) => {
    if (predicted[index] === label) correct += 1;
  });
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: f1s.reduce((sum, f1) => sum + f1, 0) / f1s.length, n: gold.length };
}

/**
 * k-fold cross-validation with folds grouped by claim, so no claim is both trained and tested
 * on (the published splits are by claim too).
 */
export function crossValidateStance(rows: readonly EmergentRow[], folds = 10, options: TrainOptions = defaultTrainOptions): StanceScores {
  const claimIds = [...new Set(rows.map((row) => row.claimId))].sort();
  const foldOf = new Map(claimIds.map((claimId, index) => [claimId, index % folds]));
  const gold: StanceLabel[] = [];
  const predicted: StanceLabel[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const training = rows.filter((row) => foldOf.get(row.claimId) !== fold);
    const testing = rows.filter((row) => foldOf.get(row.claimId) === fold);
    if (testing.length === 0) continue;
    const model = trainStanceModel(training, options);
    for (const row of testing) {
      gold.push(row.stance);
      predicted.push(classifyStance(row.claim, row.report, model).stance);
    }
  }
  return scorePredictions(gold, predicted);
}
