/** Characters of context kept on each side of an anchored span. */
export const anchorContext = 32;

export interface SpanAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export function anchorSpan(text: string, start: number, end: number): SpanAnchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - anchorContext), start),
    suffix: text.slice(end, end + anchorContext),
  };
}

const sharedSuffixLength = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
};
const sharedPrefixLength = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
};

/**
 * Finds where an anchored span sits in `text` now: at its offsets if the quote is still
 * there, otherwise at the occurrence of the quote whose surroundings best match the saved
 * context (the text may have been cleaned differently since). Undefined when it is gone.
 */
export function resolveAnchor(text: string, anchor: SpanAnchor): { start: number; end: number } | undefined {
  if (text.slice(anchor.start, anchor.end) === anchor.quote) return { start: anchor.start, end: anchor.end };
  if (!anchor.quote) return undefined;
  let best: { start: number; score: number } | undefined;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const score =
      sharedSuffixLength(text.slice(Math.max(0, at - anchorContext), at), anchor.prefix) +
      sharedPrefixLength(text.slice(at + anchor.quote.length, at + anchor.quote.length + anchorContext), anchor.suffix) -
      Math.abs(at - anchor.start) / 1e6;
    if (!best || score > best.score) best = { start: at, score };
  }
  return best && { start: best.start, end: best.start + anchor.quote.length };
}
