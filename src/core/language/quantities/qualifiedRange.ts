// The range a qualifier allows around a stated value: "more than 30" is [30, ∞), "up to 30"
// [0, 30], "about 30" ±15 %, a bare "30" ±1 % (rounding in the source).

export const qualifierSource =
  '(just over|just under|more than|less than|fewer than|up to|at least|at most|as many as|as much as|an estimated|over|about|around|approximately|roughly|nearly|almost|some|under|below|above|close to|estimated)';

export function qualifiedRange(value: number, qualifier: string | null): [number, number | null] {
  switch (qualifier) {
    case 'over': case 'more than': case 'above': case 'at least': case 'just over': case 'as many as': case 'as much as':
      return [value, null];
    case 'under': case 'below': case 'less than': case 'fewer than': case 'up to': case 'at most': case 'just under':
      return [0, value];
    case 'nearly': case 'almost': case 'close to':
      return [value * 0.85, value];
    case 'about': case 'around': case 'approximately': case 'roughly': case 'some': case 'an estimated': case 'estimated':
      return [value * 0.85, value * 1.15];
    default:
      return [value * 0.99, value * 1.01];
  }
}
