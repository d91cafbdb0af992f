// Lines -> paragraphs. Plain text saved from e-mail or PDFs is often hard-wrapped at a fixed
// width; a wrapped line is "full" (the next word would not have fitted on it), while a line
// that ends a paragraph leaves room. The wrap width is read from the document's own lines.
import type { LineBreakMeaning, SourceLine } from './SourceLine';

/** Widths outside this range are not hard wrapping (short lists, or one paragraph per line). */
const minimumWrapWidth = 30;
const maximumWrapWidth = 140;
/** Share of lines that must lie near the wrap width for a document to count as wrapped. */
const minimumFullShare = 0.5;
const minimumLinesForWrapDetection = 5;

/**
 * The column a document is hard-wrapped at, or null when it is not wrapped. Wrapped text has
 * a ceiling: most lines end within a few words of it and almost none goes past it.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.filter((line) => line !== '').map((line) => line.length);
  if (lengths.length < minimumLinesForWrapDetection) return null;
  const sorted = [...lengths].sort((left, right) => left - right);
  const width = sorted[Math.floor((sorted.length - 1) * 0.95)] ?? 0;
  if (width < minimumWrapWidth || width > maximumWrapWidth) return null;
  const overWidth = lengths.filter((length) => length > width + 2).length;
  const nearWidth = lengths.filter((length) => length >= width * 0.75 && length <= width + 2).length;
  if (overWidth / lengths.length > 0.05 || nearWidth / lengths.length < minimumFullShare) return null;
  return width;
}

function firstWordLength(line: string): number {
  return /^\S+/.exec(line)?.[0].length ?? 0;
}

/** Joins a wrapped line with its continuation, mending words hyphenated at the break. */
function joinWrapped(left: string, right: string, vocabulary: ReadonlySet<string>): string {
  const hyphenated = /(\p{L}+)-$/u.exec(left);
  const continuation = /^(\p{Ll}+)/u.exec(right);
  if (hyphenated && continuation) {
    const whole = `${hyphenated[1] ?? ''}${continuation[1] ?? ''}`.toLowerCase();
    const hyphenatedWhole = `${hyphenated[1] ?? ''}-${continuation[1] ?? ''}`.toLowerCase();
    // Keep the hyphen ("well-known") unless the document spells the word without one elsewhere.
    if (vocabulary.has(whole) && !vocabulary.has(hyphenatedWhole)) return left.slice(0, -1) + right;
    return left + right;
  }
  return `${left} ${right}`;
}

function vocabularyOf(lines: readonly SourceLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const word of line.text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) words.add(word);
  }
  return words;
}

export interface JoinedParagraph {
  text: string;
  /** Line number of the paragraph's first line in the decoded original. */
  line: number;
}

/**
 * Groups kept lines into one-line paragraphs. `null` entries are removed lines: they always
 * end a paragraph. Blank lines always end one too.
 */
export function joinParagraphs(lines: readonly (SourceLine | null)[], meaning: LineBreakMeaning): JoinedParagraph[] {
  const kept = lines.filter((line): line is SourceLine => line !== null);
  const wrapWidth = meaning === 'lines' ? detectWrapWidth(kept.map((line) => line.text)) : null;
  const vocabulary = wrapWidth === null ? new Set<string>() : vocabularyOf(kept);
  const paragraphs: JoinedParagraph[] = [];
  // The paragraph being built and its last line; both null between paragraphs.
  let current: JoinedParagraph | null = null;
  let previous: SourceLine | null = null;
  for (const line of lines) {
    if (line === null || line.text === '') {
      if (current !== null) paragraphs.push(current);
      current = null;
      previous = null;
      continue;
    }
    if (current !== null && previous !== null && continues(previous, line, meaning, wrapWidth)) {
      current.text = wrapWidth === null ? `${current.text} ${line.text}` : joinWrapped(current.text, line.text, vocabulary);
    } else {
      if (current !== null) paragraphs.push(current);
      current = { text: line.text, line: line.line };
    }
    previous = line;
    if (line.standsAlone) {
      paragraphs.push(current);
      current = null;
      previous = null;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/** A wrapped line this long that stops mid-sentence is taken as full: wrappers differ in how they count. */
const midSentenceFullShare = 0.7;

function continues(previous: SourceLine, next: SourceLine, meaning: LineBreakMeaning, wrapWidth: number | null): boolean {
  if (previous.standsAlone || next.standsAlone) return false;
  if (meaning === 'soft-wrapped') return true;
  if (meaning === 'blocks' || wrapWidth === null) return false;
  if (/^([-*•–]|\d{1,3}[.)])\s/u.test(next.text)) return false;
  // Full: the next line's first word would not have fitted after this one.
  const isFull = previous.text.length + 1 + firstWordLength(next.text) > wrapWidth;
  // A sentence that ends at the end of a line usually ends its paragraph too; only a
  // lower-case continuation ("U.S. officials" split after "U.S.") says otherwise.
  if (/[.!?:;]["”’')\]]*$/.test(previous.text)) return isFull && /^\p{Ll}/u.test(next.text);
  return isFull || previous.text.length >= wrapWidth * midSentenceFullShare;
}
