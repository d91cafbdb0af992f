export const stanceLabels = ['for', 'against', 'observing'] as const;
export type StanceLabel = (typeof stanceLabels)[number];

/** Multinomial logistic regression over named binary features; weights per label, in `stanceLabels` order. */
export interface StanceModel {
  version: 1;
  weights: Record<string, number[]>;
}
