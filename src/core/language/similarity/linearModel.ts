/** A linear model over standardised features: a logistic call or a regression, as learned by scripts/learn-similarity.ts. */
export interface LinearModel {
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

export function linearScore(values: readonly number[], model: LinearModel): number {
  let sum = model.bias;
  values.forEach((value, index) => {
    const scale = model.scales[index] ?? 1;
    sum += (model.weights[index] ?? 0) * ((value - (model.means[index] ?? 0)) / (scale === 0 ? 1 : scale));
  });
  return sum;
}

export function logistic(value: number): number {
  return 1 / (1 + Math.exp(-value));
}
