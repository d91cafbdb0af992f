// Overlap counts between word lists, the cheap measures the claim grouping blocks and compares on.

export function shared(first: readonly string[], second: readonly string[]): number {
  return sharedSets(new Set(first), new Set(second));
}

export function sharedSets(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  let count = 0;
  for (const item of small) if (large.has(item)) count += 1;
  return count;
}

/** How many numbers two ascending arrays of distinct numbers share. */
export function sortedOverlap(first: Int32Array, second: Int32Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as number;
    const b = second[j] as number;
    if (a === b) {
      count += 1;
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return count;
}

export function dice(first: readonly string[], second: readonly string[]): number {
  const size = new Set(first).size + new Set(second).size;
  return size === 0 ? 0 : (2 * shared(first, second)) / size;
}
