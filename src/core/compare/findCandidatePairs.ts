/**
 * Candidate sentence pairs from an inverted index of shingles, never from all pairs.
 *
 * Every (shingle, text) posting is packed into one float64 (shingle hash in the high bits,
 * text index in the low bits) so a single native numeric sort groups the postings of each
 * shingle; the same trick packs and counts the pairs. No per-posting objects or maps are
 * built, which is what keeps a 20,000-article corpus inside seconds and a few hundred MB.
 */
export interface CandidateText {
  shingles: Uint32Array;
  /** The one source all copies of this text come from, or -1 when several sources carry it. */
  soleSource: number;
  /** Only pairs with at least one touched text are wanted (incremental updates). */
  isTouched: boolean;
}

export interface CandidatePairs {
  first: Int32Array;
  second: Int32Array;
  /** Distinct shingles the two texts share. */
  shared: Int32Array;
}

export interface CandidateOptions {
  /** Shingles carried by more distinct texts than this are stop phrases: skipped. */
  maxPostings: number;
  /** Least share of the smaller text's shingles that must be shared. */
  minSharedShare: number;
}

export const defaultCandidateOptions: CandidateOptions = { maxPostings: 200, minSharedShare: 0.3 };

const maxExactInteger = 2 ** 53;

export function findCandidatePairs(texts: readonly CandidateText[], options: CandidateOptions = defaultCandidateOptions): CandidatePairs {
  const textBits = Math.max(1, Math.ceil(Math.log2(texts.length + 1)));
  if (2 * textBits > 53) throw new Error(`too many distinct sentences to index (${texts.length})`);
  const textSlots = 2 ** textBits;
  const hashSlots = Math.min(2 ** 32, maxExactInteger / textSlots);
  let postingCount = 0;
  for (const text of texts) postingCount += text.shingles.length;
  const postings = new Float64Array(postingCount);
  let cursor = 0;
  texts.forEach((text, index) => {
    for (const hash of text.shingles) postings[cursor++] = (hash % hashSlots) * textSlots + index;
  });
  postings.sort();

  // Decode once into typed arrays: the pair loop below is the hot path of the whole engine.
  const postingShingle = new Float64Array(postings.length);
  const postingText = new Int32Array(postings.length);
  for (let index = 0; index < postings.length; index += 1) {
    const key = postings[index] ?? 0;
    const text = key % textSlots;
    postingText[index] = text;
    postingShingle[index] = (key - text) / textSlots;
  }
  const touchedFlags = Uint8Array.from(texts, (text) => (text.isTouched ? 1 : 0));
  const soleSources = Float64Array.from(texts, (text) => text.soleSource);

  let pairs = new Float64Array(1024);
  let pairCount = 0;
  let runStart = 0;
  while (runStart < postings.length) {
    const shingle = postingShingle[runStart];
    let runEnd = runStart + 1;
    while (runEnd < postings.length && postingShingle[runEnd] === shingle) runEnd += 1;
    const runLength = runEnd - runStart;
    if (runLength >= 2 && runLength <= options.maxPostings) {
      if (pairCount + (runLength * (runLength - 1)) / 2 > pairs.length) {
        const grown = new Float64Array(Math.max(pairs.length * 2, pairCount + runLength * runLength));
        grown.set(pairs.subarray(0, pairCount));
        pairs = grown;
      }
      for (let i = runStart; i < runEnd; i += 1) {
        const first = postingText[i] ?? 0;
        const isFirstTouched = touchedFlags[first] === 1;
        const firstSource = soleSources[first] ?? -1;
        for (let j = i + 1; j < runEnd; j += 1) {
          const second = postingText[j] ?? 0;
          if (!isFirstTouched && touchedFlags[second] !== 1) continue;
          if (firstSource !== -1 && firstSource === soleSources[second]) continue;
          // Postings of one shingle are sorted by text index, so first < second.
          pairs[pairCount++] = first * textSlots + second;
        }
      }
    }
    runStart = runEnd;
  }
  const sortedPairs = pairs.subarray(0, pairCount).sort();

  const firsts: number[] = [];
  const seconds: number[] = [];
  const shareds: number[] = [];
  let pairStart = 0;
  while (pairStart < sortedPairs.length) {
    const key = sortedPairs[pairStart] ?? 0;
    let pairEnd = pairStart + 1;
    while (pairEnd < sortedPairs.length && sortedPairs[pairEnd] === key) pairEnd += 1;
    const shared = pairEnd - pairStart;
    const first = Math.floor(key / textSlots);
    const second = key % textSlots;
    const smaller = Math.min(texts[first]?.shingles.length ?? 0, texts[second]?.shingles.length ?? 0);
    if ((shared >= 2 || smaller <= 2) && shared >= options.minSharedShare * smaller) {
      firsts.push(first);
      seconds.push(second);
      shareds.push(shared);
    }
    pairStart = pairEnd;
  }
  return { first: Int32Array.from(firsts), second: Int32Array.from(seconds), shared: Int32Array.from(shareds) };
}
