import { keptByLcs } from '../compare/alignByLcs';

/** Word-level difference of two wordings via their longest common subsequence. */
export function diffQuoteWords(reference: readonly string[], variant: readonly string[]): { removed: string[]; added: string[]; common: number } {
  const { aKept, bKept, common } = keptByLcs(reference, variant);
  return {
    removed: reference.filter((_, index) => !aKept[index]),
    added: variant.filter((_, index) => !bKept[index]),
    common,
  };
}
