import { alignByLcs } from './alignByLcs';
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

/** Word-level diff of two tokenised sentences, on normalised words (compared by vocabulary id). */
export function diffWords(a: readonly CompareToken[], b: readonly CompareToken[]): WordDiff {
  const steps = alignByLcs(
    a.map((token) => token.id),
    b.map((token) => token.id),
  );
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
