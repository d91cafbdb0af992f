// Precision and recall of mentions found in gold sentences: a found mention is right when it
// overlaps a gold one whose value it equals; a gold mention is recalled when some found one
// is right about it.

export interface Span {
  start: number;
  end: number;
}

export interface SplitScores {
  gold: number;
  found: number;
  precision: number;
  recall: number;
}

export interface Tally {
  gold: number;
  found: number;
  right: number;
  recalled: number;
}

export const emptyTally = (): Tally => ({ gold: 0, found: 0, right: 0, recalled: 0 });

const overlaps = (first: Span, second: Span): boolean => first.start < second.end && second.start < first.end;

/** Adds one sentence's gold and found mentions to `tally`. */
export function tallySentence<Gold extends Span, Found extends Span>(
  tally: Tally,
  gold: readonly Gold[],
  found: readonly Found[],
  isSameValue: (gold: Gold, found: Found) => boolean,
): void {
  tally.gold += gold.length;
  tally.found += found.length;
  tally.right += found.filter((mention) => gold.some((expected) => overlaps(expected, mention) && isSameValue(expected, mention))).length;
  tally.recalled += gold.filter((expected) => found.some((mention) => overlaps(expected, mention) && isSameValue(expected, mention))).length;
}

const rounded = (value: number): number => Math.round(value * 1000) / 1000;

export function splitScores({ gold, found, right, recalled }: Tally): SplitScores {
  return { gold, found, precision: rounded(found ? right / found : 0), recall: rounded(gold ? recalled / gold : 0) };
}

/** Where `text` first occurs in `sentence`, as a span; gold files quote their mentions. */
export function spanOf(sentence: string, text: string, where: string): Span {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`${where}: "${text}" does not occur in its sentence`);
  return { start, end: start + text.length };
}
