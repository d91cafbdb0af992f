/**
 * Candidate sentence pairs from an inverted index of shingles, never from all pairs.
 *
 * The index is a compressed posting table (shingle → distinct texts, ascending) in typed
 * arrays. Pairs are counted per text ("scan count"): for each text, the postings of its
 * shingles are walked and the later texts met are tallied in one dense counter array. Every
 * shared shingle is one increment of an Int32Array rather than an emitted pair to sort later,
 * which is what keeps millions of shingle co-occurrences inside tens of milliseconds.
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

const textSlots = 2 ** 21;

export function findCandidatePairs(texts: readonly CandidateText[], options: CandidateOptions = defaultCandidateOptions): CandidatePairs {
  const index = buildPostings(texts);
  const soleSources = Int32Array.from(texts, (text) => text.soleSource);
  const shingleCounts = Int32Array.from(texts, (text) => text.shingles.length);
  // Texts of at most two shingles: the only partners a single shared shingle can be enough for.
  const isTiny = Uint8Array.from(texts, (text) => (text.shingles.length <= 2 ? 1 : 0));

  const counts = new Int32Array(texts.length);
  const met = new Int32Array(texts.length);
  const firsts = new GrowingInt32Array();
  const seconds = new GrowingInt32Array();
  const shareds = new GrowingInt32Array();
  const kept: [number, number][] = [];
  const minSharedShare = options.minSharedShare;
  const maxPostings = options.maxPostings;
  if (texts.some((text) => !text.isTouched)) return touchedPairs(texts, index, options);
  for (let first = 0; first < texts.length; first += 1) {
    let metCount = 0;
    const entriesEnd = index.textStarts[first + 1] ?? 0;
    for (let entry = index.textStarts[first] ?? 0; entry < entriesEnd; entry += 1) {
      const key = index.keysOfText[entry] ?? 0;
      const to = index.postingStarts[key + 1] ?? 0;
      const length = to - (index.postingStarts[key] ?? 0);
      if (length < 2 || length > maxPostings) continue;
      // Postings are ascending: start after this text's own posting, so each pair is counted once.
      for (let cursor = (index.positionOfEntry[entry] ?? to) + 1; cursor < to; cursor += 1) {
        const second = index.postingTexts[cursor] ?? 0;
        const count = counts[second] ?? 0;
        if (count === 0) met[metCount++] = second;
        counts[second] = count + 1;
      }
    }
    if (metCount === 0) continue;
    // Pair filters depend on the two texts only, so they are applied once per pair, not per shingle.
    const firstSource = soleSources[first] ?? -1;
    const firstShingles = shingleCounts[first] ?? 0;
    for (let partner = 0; partner < metCount; partner += 1) {
      const second = met[partner] ?? 0;
      const shared = counts[second] ?? 0;
      counts[second] = 0;
      // Nearly every partner met shares one shingle and fails; decide that from dense bytes
      // before touching the wider per-text arrays.
      if (shared === 1 && firstShingles > 2 && isTiny[second] === 0) continue;
      if (firstSource !== -1 && firstSource === soleSources[second]) continue;
      const smaller = Math.min(firstShingles, shingleCounts[second] ?? 0);
      if ((shared >= 2 || smaller <= 2) && shared >= minSharedShare * smaller) kept.push([second, shared]);
    }
    // Ascending (first, second), the order callers (and stored results) have always had.
    if (kept.length > 1) kept.sort((left, right) => left[0] - right[0]);
    for (const [second, shared] of kept) {
      firsts.push(first);
      seconds.push(second);
      shareds.push(shared);
    }
    kept.length = 0;
  }
  return { first: firsts.toArray(), second: seconds.toArray(), shared: shareds.toArray() };
}

/**
 * The same pairs when only some texts are touched (an incremental update): only the touched
 * texts walk their postings, in both directions, so untouched pairs cost nothing. A pair of
 * two touched texts is counted from its lower text only.
 */
function touchedPairs(texts: readonly CandidateText[], index: Postings, options: CandidateOptions): CandidatePairs {
  const counts = new Int32Array(texts.length);
  const met = new Int32Array(texts.length);
  const found: { first: number; second: number; shared: number }[] = [];
  texts.forEach((text, probe) => {
    if (!text.isTouched) return;
    let metCount = 0;
    const entriesEnd = index.textStarts[probe + 1] ?? 0;
    for (let entry = index.textStarts[probe] ?? 0; entry < entriesEnd; entry += 1) {
      const key = index.keysOfText[entry] ?? 0;
      const from = index.postingStarts[key] ?? 0;
      const to = index.postingStarts[key + 1] ?? 0;
      if (to - from < 2 || to - from > options.maxPostings) continue;
      for (let cursor = from; cursor < to; cursor += 1) {
        const other = index.postingTexts[cursor] ?? 0;
        if (other === probe || (other < probe && texts[other]?.isTouched)) continue;
        const count = counts[other] ?? 0;
        if (count === 0) met[metCount++] = other;
        counts[other] = count + 1;
      }
    }
    for (let partner = 0; partner < metCount; partner += 1) {
      const other = met[partner] ?? 0;
      const shared = counts[other] ?? 0;
      counts[other] = 0;
      if (text.soleSource !== -1 && text.soleSource === texts[other]?.soleSource) continue;
      const smaller = Math.min(text.shingles.length, texts[other]?.shingles.length ?? 0);
      if ((shared >= 2 || smaller <= 2) && shared >= options.minSharedShare * smaller) {
        found.push({ first: Math.min(probe, other), second: Math.max(probe, other), shared });
      }
    }
  });
  found.sort((left, right) => left.first - right.first || left.second - right.second);
  return {
    first: Int32Array.from(found, (pair) => pair.first),
    second: Int32Array.from(found, (pair) => pair.second),
    shared: Int32Array.from(found, (pair) => pair.shared),
  };
}

interface Postings {
  /** Texts of shingle k: postingTexts[postingStarts[k] .. postingStarts[k + 1]), ascending. */
  postingStarts: Int32Array;
  postingTexts: Int32Array;
  /** Dense shingle numbers of text t: keysOfText[textStarts[t] .. textStarts[t + 1]). */
  textStarts: Int32Array;
  keysOfText: Int32Array;
  /** Where each of those entries sits in postingTexts. */
  positionOfEntry: Int32Array;
}

/**
 * One native numeric sort of packed (hash, text) postings groups each shingle's texts; the
 * dense shingle number of each posting is then written back per text.
 */
function buildPostings(texts: readonly CandidateText[]): Postings {
  if (texts.length >= textSlots) throw new Error(`too many distinct sentences to index (${texts.length})`);
  const textStarts = new Int32Array(texts.length + 1);
  for (let text = 0; text < texts.length; text += 1) textStarts[text + 1] = (textStarts[text] ?? 0) + (texts[text]?.shingles.length ?? 0);
  const postingCount = textStarts[texts.length] ?? 0;
  const packed = new Float64Array(postingCount);
  let cursor = 0;
  texts.forEach((text, textIndex) => {
    for (const hash of text.shingles) packed[cursor++] = hash * textSlots + textIndex;
  });
  packed.sort();

  // Counted first so the table is allocated at its size: on a large corpus a table sized for
  // every posting is tens of megabytes at the moment memory peaks.
  let distinctShingles = 0;
  for (let position = 0, previous = -1; position < postingCount; position += 1) {
    const hash = Math.floor((packed[position] ?? 0) / textSlots);
    if (hash !== previous) distinctShingles += 1;
    previous = hash;
  }
  const postingTexts = new Int32Array(postingCount);
  const postingStarts = new Int32Array(distinctShingles + 1);
  let shingleCount = 0;
  const keysOfText = new Int32Array(postingCount);
  const positionOfEntry = new Int32Array(postingCount);
  const written = textStarts.slice(0, texts.length);
  let previousHash = -1;
  for (let position = 0; position < postingCount; position += 1) {
    const key = packed[position] ?? 0;
    const text = key % textSlots;
    const hash = (key - text) / textSlots;
    if (hash !== previousHash) {
      postingStarts[shingleCount++] = position;
      previousHash = hash;
    }
    postingTexts[position] = text;
    const entry = written[text] ?? 0;
    written[text] = entry + 1;
    keysOfText[entry] = shingleCount - 1;
    positionOfEntry[entry] = position;
  }
  postingStarts[shingleCount] = postingCount;
  return { postingStarts, postingTexts, textStarts, keysOfText, positionOfEntry };
}

/** An append-only Int32Array that doubles as it fills. */
class GrowingInt32Array {
  private values = new Int32Array(1024);
  private length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }
}
