import type { CompareToken } from './tokenizeForCompare';

import type { WordDiffKind, WordDiffOp } from '../../shared/comparison';

/** Character offsets inside one sentence's text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface WordDiff {
  ops: WordDiffOp[];
  /** Words in the longest common subsequence. */
  equalWords: number;
  /** Words of a paired one-for-one with a different word of b at the same place. */
  substitutedWords: number;
  insertedWords: number;
  deletedWords: number;
}

// Beyond this many DP cells (two runaway "sentences" of several thousand words) the middle is
// reported as a block replacement rather than spending seconds on an exact alignment.
const maxTableCells = 4_000_000;

/** Word-level diff of two tokenised sentences, on normalised words (compared by vocabulary id). */
export function diffWords(a: readonly CompareToken[], b: readonly CompareToken[]): WordDiff {
  const steps = alignSteps(a, b);
  const ops: WordDiffOp[] = [];
  let equalWords = 0;
  let substitutedWords = 0;
  let insertedWords = 0;
  let deletedWords = 0;
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < steps.length) {
    if (steps[k] === 'equal') {
      const fromA = i;
      const fromB = j;
      while (k < steps.length && steps[k] === 'equal') {
        i += 1;
        j += 1;
        k += 1;
      }
      equalWords += i - fromA;
      ops.push(makeOp('equal', a, b, fromA, i, fromB, j));
      continue;
    }
    // A gap between two equal runs: pair its deletions and insertions as substitutions.
    let deletions = 0;
    let insertions = 0;
    while (k < steps.length && steps[k] !== 'equal') {
      if (steps[k] === 'delete') deletions += 1;
      else insertions += 1;
      k += 1;
    }
    const paired = Math.min(deletions, insertions);
    if (paired > 0) {
      ops.push(makeOp('substitute', a, b, i, i + paired, j, j + paired));
      substitutedWords += paired;
    }
    if (deletions > paired) ops.push(makeOp('delete', a, b, i + paired, i + deletions, j + paired, j + paired));
    if (insertions > paired) ops.push(makeOp('insert', a, b, i + paired, i + paired, j + paired, j + insertions));
    deletedWords += deletions - paired;
    insertedWords += insertions - paired;
    i += deletions;
    j += insertions;
  }
  return { ops, equalWords, substitutedWords, insertedWords, deletedWords };
}

type Step = 'equal' | 'delete' | 'insert';

function alignSteps(a: readonly CompareToken[], b: readonly CompareToken[]): Step[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix]?.id === b[prefix]?.id) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix]?.id === b[b.length - 1 - suffix]?.id
  ) {
    suffix += 1;
  }
  const middleA = a.slice(prefix, a.length - suffix).map((token) => token.id);
  const middleB = b.slice(prefix, b.length - suffix).map((token) => token.id);
  const steps: Step[] = new Array<Step>(prefix).fill('equal');
  steps.push(...middleSteps(middleA, middleB));
  for (let s = 0; s < suffix; s += 1) steps.push('equal');
  return steps;
}

function middleSteps(a: readonly number[], b: readonly number[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxTableCells) {
    return [...new Array<Step>(n).fill('delete'), ...new Array<Step>(m).fill('insert')];
  }
  // lengths[i][j] = LCS of a[i..] and b[j..], so the walk below can go forwards.
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      steps.push('equal');
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      steps.push('delete');
      i += 1;
    } else {
      steps.push('insert');
      j += 1;
    }
  }
  while (i < n) {
    steps.push('delete');
    i += 1;
  }
  while (j < m) {
    steps.push('insert');
    j += 1;
  }
  return steps;
}

function makeOp(
  op: WordDiffKind,
  a: readonly CompareToken[],
  b: readonly CompareToken[],
  fromA: number,
  toA: number,
  fromB: number,
  toB: number,
): WordDiffOp {
  return { op, aWords: [fromA, toA], bWords: [fromB, toB], a: spanOf(a, fromA, toA), b: spanOf(b, fromB, toB) };
}

function spanOf(tokens: readonly CompareToken[], from: number, to: number): SentenceSpan | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first && last && to > from ? { start: first.start, end: last.end } : null;
}
