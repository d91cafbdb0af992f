// Places a Web Annotation's selectors on a source's clean text. A position selector is trusted
// only where the text there is its quote (or where there is no quote to check); otherwise the
// quote is searched for and its prefix and suffix choose between repeats (resolveAnchor).
import type { AnchoredBy, TextPositionSelector, TextQuoteSelector } from '../../shared/exchange';
import { resolveAnchor } from '../desk/anchorSpan';

export type SelectorAnchor = { start: number; end: number; anchoredBy: AnchoredBy; reason: string } | { reason: string; start?: undefined };

/** The UTF-16 index of code point `count`, or undefined past the end of `text`. */
function unitIndex(text: string, count: number): number | undefined {
  let unit = 0;
  for (let seen = 0; seen < count; seen += 1) {
    if (unit >= text.length) return undefined;
    const code = text.charCodeAt(unit);
    unit += code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return unit;
}

const occurrences = (text: string, quote: string) => {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && count < 2; at = text.indexOf(quote, at + 1)) count += 1;
  return count;
};

/**
 * A tool that quoted a web page may have kept its line breaks and runs of spaces where the
 * clean text has one space: the one place the quote's words occur with any spacing between them.
 */
function spacedDifferently(text: string, quote: string): SelectorAnchor | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  const matches = [...text.matchAll(pattern)];
  const [match] = matches;
  if (matches.length !== 1 || match === undefined) return undefined;
  return { start: match.index, end: match.index + match[0].length, anchoredBy: 'quote', reason: 'found by its quote, whose spacing differs from the text' };
}

export function anchorSelectors(text: string, quote: TextQuoteSelector | undefined, position: TextPositionSelector | undefined): SelectorAnchor {
  if (!quote && !position) return { reason: 'it has neither a TextQuoteSelector nor a TextPositionSelector' };
  if (position) {
    // Triangulate counts UTF-16 units, the model counts code points: the quote tells which was meant.
    const spans = [
      { start: position.start, end: position.end },
      { start: unitIndex(text, position.start), end: unitIndex(text, position.end) },
    ];
    for (const span of spans) {
      if (span.start === undefined || span.end === undefined || span.start >= span.end || span.end > text.length) continue;
      if (!quote) return { start: span.start, end: span.end, anchoredBy: 'position', reason: 'placed by its position selector (it has no quote to check it against)' };
      if (text.slice(span.start, span.end) === quote.exact) return { start: span.start, end: span.end, anchoredBy: 'position', reason: 'its position selector holds its quote' };
    }
    if (!quote) return { reason: `its position selector ${position.start}–${position.end} is not inside the text, and it has no quote` };
  }
  if (!quote || quote.exact === '') return { reason: 'its quote selector is empty' };
  if (occurrences(text, quote.exact) === 0) return spacedDifferently(text, quote.exact) ?? { reason: 'its quote is not in the text of the source' };
  const hasContext = Boolean(quote.prefix || quote.suffix);
  if (!hasContext && !position && occurrences(text, quote.exact) > 1) return { reason: 'its quote occurs more than once in the source and it gives no prefix, suffix or position to choose' };
  const start = position?.start ?? 0;
  const found = resolveAnchor(text, { start, end: start, quote: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' });
  if (!found) return { reason: 'its quote is not in the text of the source' };
  return { ...found, anchoredBy: 'quote' as const, reason: position ? 'its position selector did not hold its quote, so it was found by quote and context' : 'found by its quote and context' };
}
