/** One step of a walk along the longest common subsequence of two sequences. */
export type LcsStep = 'equal' | 'delete' | 'insert';

// Beyond this many DP cells (two runaway "sentences" of several thousand words) the middle is
// reported as a block replacement rather than spending seconds on an exact alignment.
const maxTableCells = 4_000_000;

/**
 * The steps that turn `a` into `b` along a longest common subsequence: equal elements are kept
 * as early as possible, deletions come before insertions inside a gap. The shared prefix and
 * suffix are taken first so near-identical sentences cost almost nothing.
 */
export function alignByLcs<T>(a: readonly T[], b: readonly T[]): LcsStep[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) {
    suffix += 1;
  }
  const steps = new Array<LcsStep>(prefix).fill('equal');
  steps.push(...middleSteps(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)));
  for (let s = 0; s < suffix; s += 1) steps.push('equal');
  return steps;
}

/** Which elements of each side the longest common subsequence keeps, and how many it has. */
export function keptByLcs<T>(a: readonly T[], b: readonly T[]): { aKept: boolean[]; bKept: boolean[]; common: number } {
  const aKept = new Array<boolean>(a.length).fill(false);
  const bKept = new Array<boolean>(b.length).fill(false);
  let i = 0;
  let j = 0;
  let common = 0;
  for (const step of alignByLcs(a, b)) {
    if (step === 'equal') {
      aKept[i] = true;
      bKept[j] = true;
      common += 1;
    }
    if (step !== 'insert') i += 1;
    if (step !== 'delete') j += 1;
  }
  return { aKept, bKept, common };
}

function middleSteps<T>(a: readonly T[], b: readonly T[]): LcsStep[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxTableCells) {
    return [...new Array<LcsStep>(n).fill('delete'), ...new Array<LcsStep>(m).fill('insert')];
  }
  // lengths[i][j] = LCS of a[i..] and b[j..], so the walk below can go forwards.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const steps: LcsStep[] = [];
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
  for (; i < n; i += 1) steps.push('delete');
  for (; j < m; j += 1) steps.push('insert');
  return steps;
}
