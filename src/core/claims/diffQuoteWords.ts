/**
 * Pairs the words of two wordings along their longest common subsequence: which words of each
 * side are kept in the other, in order.
 */
export function alignWordsByLcs(
  reference: readonly string[],
  variant: readonly string[],
): { referenceKept: boolean[]; variantKept: boolean[]; common: number } {
  const rows = reference.length;
  const columns = variant.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i -= 1) {
    const row = table[i] as number[];
    const below = table[i + 1] as number[];
    for (let j = columns - 1; j >= 0; j -= 1) {
      row[j] = reference[i] === variant[j] ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const referenceKept = new Array<boolean>(rows).fill(false);
  const variantKept = new Array<boolean>(columns).fill(false);
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (reference[i] === variant[j]) {
      referenceKept[i] = true;
      variantKept[j] = true;
      i += 1;
      j += 1;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return { referenceKept, variantKept, common: table[0]?.[0] ?? 0 };
}

/** Word-level difference of two wordings via their longest common subsequence. */
export function diffQuoteWords(reference: readonly string[], variant: readonly string[]): { removed: string[]; added: string[]; common: number } {
  const { referenceKept, variantKept, common } = alignWordsByLcs(reference, variant);
  return {
    removed: reference.filter((_, index) => !referenceKept[index]),
    added: variant.filter((_, index) => !variantKept[index]),
    common,
  };
}
