import type { ClaimKind } from '../../shared/claims';
import type { TextSpan } from '../../shared/domain';
import { keptByLcs } from '../compare/alignByLcs';

interface Word extends TextSpan {
  key: string;
  isCapitalised: boolean;
}

const wordPattern = /[\p{L}\p{N}£$€¥%]+(?:[.,'’:/-][\p{L}\p{N}%]+)*/gu;
const monthOrDay =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;
const relativeDay = /^(?:today|yesterday|tomorrow|tonight)$/u;
/** Below this share of common words two wordings are different sentences, and only values are worth marking. */
const closeWordingShare = 0.5;

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    key: match[0].toLowerCase().replace(/’/g, "'"),
    isCapitalised: /^\p{Lu}/u.test(match[0]),
  }));
}

/** Figures, and dates in words: month and day names count when capitalised, so the verb "may" does not. */
const isValueLike = (word: Word) => /\p{N}/u.test(word.key) || relativeDay.test(word.key) || (word.isCapitalised && monthOrDay.test(word.key));

/** Joins spans separated only by spaces or punctuation, so a changed phrase reads as one mark. */
function mergeSpans(spans: TextSpan[], text: string): TextSpan[] {
  const merged: TextSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (last && /^[\s,;:()–—-]*$/u.test(text.slice(last.end, span.start)) && span.start - last.end <= 3) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Where a contradicting mention departs from the claim: for a quote worded closely enough to
 * compare, the words outside their longest common subsequence; otherwise the figures and
 * dates that differ and the values the conflict reason names, or, when the same words carry
 * a different reading (a date placed in another year), the figures and dates themselves.
 * Spans are character offsets into `mentionText`.
 */
export function findConflictSpans(kind: ClaimKind, claimText: string, mentionText: string, reason: string | undefined): TextSpan[] {
  const claimWords = words(claimText);
  const mentionWords = words(mentionText);
  if (mentionWords.length === 0) return [];
  const inCommon = keptByLcs(claimWords.map((word) => word.key), mentionWords.map((word) => word.key)).bKept;
  const common = inCommon.filter(Boolean).length;
  const claimKeys = new Set(claimWords.map((word) => word.key));
  const isCloseQuote = kind === 'quote' && common / mentionWords.length >= closeWordingShare;
  const spans: TextSpan[] = [];
  if (isCloseQuote) {
    mentionWords.forEach((word, index) => {
      if (!inCommon[index]) spans.push({ start: word.start, end: word.end });
    });
    return mergeSpans(spans, mentionText);
  }
  for (const word of mentionWords) if (isValueLike(word) && !claimKeys.has(word.key)) spans.push({ start: word.start, end: word.end });
  const lowerMention = mentionText.toLowerCase();
  for (const match of (reason ?? '').matchAll(/"([^"]{2,80})"/g)) {
    const value = (match[1] ?? '').toLowerCase();
    const at = lowerMention.indexOf(value);
    if (at >= 0) spans.push({ start: at, end: at + value.length });
  }
  if (spans.length === 0 && (kind === 'event' || kind === 'quantity')) {
    for (const word of mentionWords) if (isValueLike(word)) spans.push({ start: word.start, end: word.end });
  }
  return mergeSpans(spans, mentionText);
}
