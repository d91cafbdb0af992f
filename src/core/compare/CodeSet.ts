/**
 * A set of exact numeric codes (word ids, id pairs, character triples) kept as a sorted,
 * distinct Float64Array: built with one native sort, intersected by one merge, and far lighter
 * on the collector than a Set per sentence feature.
 */
export class CodeSet {
  readonly size: number;

  /** `codes` must be sorted ascending and distinct; use codeSetOf to make one. */
  constructor(readonly codes: Float64Array) {
    this.size = codes.length;
  }
}

/** Below this length an insertion sort beats the native typed-array sort, whose set-up dominates on a sentence's few dozen codes. */
const insertionSortMax = 48;

function sortAscending(values: Float64Array): Float64Array {
  if (values.length > insertionSortMax) return values.sort();
  for (let index = 1; index < values.length; index += 1) {
    const value = values[index] ?? 0;
    let at = index - 1;
    while (at >= 0 && (values[at] ?? 0) > value) {
      values[at + 1] = values[at] ?? 0;
      at -= 1;
    }
    values[at + 1] = value;
  }
  return values;
}

/** A CodeSet of the first `count` values (in any order, repeats allowed); takes over `values`. */
export function codeSetOf(values: Float64Array, count: number = values.length): CodeSet {
  const sorted = sortAscending(values.subarray(0, count));
  let distinct = 0;
  for (let index = 0; index < sorted.length; index += 1) {
    const value = sorted[index] ?? 0;
    if (distinct === 0 || sorted[distinct - 1] !== value) sorted[distinct++] = value;
  }
  return new CodeSet(sorted.subarray(0, distinct));
}

/** Codes in both sets. */
export function countShared(a: CodeSet, b: CodeSet): number {
  const left = a.codes;
  const right = b.codes;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i] ?? 0;
    const y = right[j] ?? 0;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return shared;
}
