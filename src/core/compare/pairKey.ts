/**
 * One exact Map key for an ordered pair of ids (sentence and source, or two sources): a
 * number while both fit in 26 bits, which they do in any real case, else a string. Numeric
 * keys are what keep the per-sentence tallies of a 20,000-source corpus fast and small.
 */
export function pairKey(first: number, second: number): number | string {
  return first >= 0 && second >= 0 && first < limit && second < limit ? first * limit + second : `${first}:${second}`;
}

const limit = 2 ** 26;
