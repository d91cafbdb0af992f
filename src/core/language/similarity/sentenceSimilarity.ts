// How close two sentences are in meaning: "no casualties" and "nobody was killed" are close,
// "was killed" and "was not killed" are not. Two learned linear models over
// similarityFeatures: a paraphrase call (logistic, learned on MSRP train) and a graded
// relatedness (regression onto the 0-5 STS scale, learned on STS train news), both in
// similarityModel.json, written by scripts/learn-similarity.ts.
import { linearScore, logistic, type LinearModel } from './linearModel';
import learned from './similarityModel.json';
import { similarityFeatureNames, similarityFeatures, type SimilarityFeatures } from './similarityFeatures';
import type { WordVectors } from './wordVectors';

export interface SimilarityModel {
  features: string[];
  paraphrase: LinearModel & { threshold: number };
  relatedness: LinearModel;
}

export interface SentenceSimilarity {
  /** Graded closeness in [0, 1] (the STS 0-5 scale divided by 5). */
  score: number;
  paraphraseProbability: number;
  isParaphrase: boolean;
}

export const similarityModel: SimilarityModel = learned;

export function sentenceSimilarity(aText: string, bText: string, model: SimilarityModel = similarityModel, vectors?: WordVectors): SentenceSimilarity {
  return similarityFromFeatures(similarityFeatures(aText, bText, vectors), model);
}

export function similarityFromFeatures(features: SimilarityFeatures, model: SimilarityModel = similarityModel): SentenceSimilarity {
  const values = featureValues(features, model);
  const paraphraseProbability = logistic(linearScore(values, model.paraphrase));
  const score = Math.min(Math.max(linearScore(values, model.relatedness) / 5, 0), 1);
  return { score, paraphraseProbability, isParaphrase: paraphraseProbability >= model.paraphrase.threshold };
}

/** Feature values in the order the model was learned with; a model naming an unknown feature is refused. */
export function featureValues(features: SimilarityFeatures, model: SimilarityModel): number[] {
  return model.features.map((name) => {
    if (!(similarityFeatureNames as readonly string[]).includes(name)) throw new Error(`similarity model names an unknown feature: ${name}`);
    return features[name as keyof SimilarityFeatures];
  });
}
