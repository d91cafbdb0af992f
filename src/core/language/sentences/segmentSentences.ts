import type { TextSpan } from '../../../shared/domain';
import { abbreviationKind, isAcronym, isDottedInitialism } from './abbreviationKind';
import {
  ellipsis,
  fullStop,
  isCloser,
  isDigit,
  isLetter,
  isLowerCase,
  isOpener,
  isQuestionOrExclamation,
  isUpperCase,
  isWhiteSpace,
  lineFeed,
} from './characterClasses';
import { findCandidate } from './findCandidate';
import { findListItems } from './findListItems';
import { hasOnlyUnpunctuatedLines, isBlankLineAfter } from './lineBlocks';
import { isSentenceStarter } from './isSentenceStarter';

// Rule-based English sentence segmentation. A native regular-expression search finds candidate
// terminators (. ! ? … and line breaks); each is decided by looking at a few code units around
// it and, for full stops only, at the words either side. Strings are built only for those words.

/** "At 5 a.m.", "In the U.S.", "On Jan. 5": an opening this short that starts with a
 *  preposition is an adverbial the sentence goes on from, not a sentence of its own. */
const longestAdverbialOpening = 3;
const openingPrepositions = new Set(
  'At In On By From Since Until Till Before After For During Around About Near Outside Inside Across Through'.split(' '),
);

/** How far the word around a full stop is read, each way; longer tokens are neither
 *  abbreviations nor worth more than this much of an address. */
const longestWordLookedAt = 256;
const noBoundary = -1;
/** How far ahead the end of an open quotation is looked for. */
const longestQuoteLookedAt = 400;
const straightQuote = 0x22;
const comma = 0x2c;
const leftDoubleQuote = 0x201c;
const rightDoubleQuote = 0x201d;
/** Words after which a line breaks off in mid-phrase rather than ending a headline. */
const phraseContinuingWords = new Set(
  'the a an of in on at to for from by with and or but as that than into onto about over under his her their its our your my this these those is are was were be been has have had will would said says told'.split(' '),
);
const closeParenthesis = 0x29;
const closeBracket = 0x5d;
const closeBrace = 0x7d;
const openParenthesis = 0x28;
const openBracket = 0x5b;
const apostrophe = 0x27;
const rightSingleQuote = 0x2019;
const space = 0x20;
const ideographicFullStop = 0x3002;
const fullWidthExclamation = 0xff01;
const fullWidthQuestion = 0xff1f;

/**
 * Splits `text[start, end)` into sentences, returning spans into `text` with surrounding white
 * space trimmed, in order, covering every non-blank character of the range.
 */
export function segmentSentences(text: string, start = 0, end = text.length): TextSpan[] {
  const rangeStart = Math.max(0, Math.min(start, text.length));
  const rangeEnd = Math.max(rangeStart, Math.min(end, text.length));
  return new SentenceScanner(text, rangeStart, rangeEnd).scan();
}

/** One segmentation run. A class rather than closures so a call allocates one object. */
class SentenceScanner {
  private readonly spans: TextSpan[] = [];
  private sentenceStart: number;
  /** Where scanning resumes after a terminator was decided; set by the decide methods. */
  private resumeAt = 0;

  constructor(
    private readonly text: string,
    private readonly rangeStart: number,
    private readonly rangeEnd: number,
  ) {
    this.sentenceStart = rangeStart;
  }

  scan(): TextSpan[] {
    const { text, rangeEnd } = this;
    // A slice of a long string shares its characters, so this copies nothing; it bounds the
    // searches to the range, which a search on `text` itself could not be.
    const range = text.slice(this.rangeStart, rangeEnd);
    const listItems = findListItems(text, this.rangeStart, rangeEnd);
    const isListOfLines = hasOnlyUnpunctuatedLines(range);
    let nextListItem = 0;
    let position = this.rangeStart;
    while (position < rangeEnd) {
      while ((listItems[nextListItem]?.start ?? rangeEnd) < position) nextListItem++;
      const item = listItems[nextListItem];
      const candidate = findCandidate(range, this.rangeStart, position, item ? item.start : rangeEnd);
      if (item && candidate === item.start) {
        this.pushSentence(this.sentenceStart, candidate);
        this.sentenceStart = candidate;
        nextListItem++;
        position = item.markerEnd;
        continue;
      }
      if (candidate >= rangeEnd) break;
      const sentenceEnd = this.decide(candidate, isListOfLines);
      if (sentenceEnd !== noBoundary && (sentenceEnd >= rangeEnd || text.charCodeAt(candidate) === lineFeed || !this.isInsideAttributedQuote(sentenceEnd))) {
        this.pushSentence(this.sentenceStart, sentenceEnd);
        this.sentenceStart = sentenceEnd;
      }
      // Never step past a list marker that a look-ahead ran over.
      const nextItem = listItems[nextListItem];
      position = nextItem && this.resumeAt > nextItem.start ? nextItem.start : this.resumeAt;
    }
    this.pushSentence(this.sentenceStart, rangeEnd);
    return this.spans;
  }

  private decide(position: number, isListOfLines: boolean): number {
    const { text, rangeEnd } = this;
    const code = text.charCodeAt(position);
    this.resumeAt = position + 1;
    if (code === fullStop) return this.decideFullStop(position);
    if (code === lineFeed) {
      return isListOfLines || isBlankLineAfter(text, position, rangeEnd) || this.isHeadlineEnd(position) ? position : noBoundary;
    }
    if (code === ellipsis) {
      let ellipsisEnd = position + 1;
      while (ellipsisEnd < rangeEnd && text.charCodeAt(ellipsisEnd) === ellipsis) ellipsisEnd++;
      return text.charCodeAt(ellipsisEnd) === fullStop
        ? this.decideQuestionOrExclamation(ellipsisEnd)
        : this.decideEllipsis(position, ellipsisEnd);
    }
    if (code === ideographicFullStop || code === fullWidthExclamation || code === fullWidthQuestion) {
      this.resumeAt = this.takeClosers(position + 1);
      return this.resumeAt;
    }
    return this.decideQuestionOrExclamation(position);
  }

  /** A line without final punctuation before a line that opens with a capital is a headline
   *  or label ("Strong quake hits Chile\nA magnitude 6.1…"), unless it breaks off after a
   *  word that cannot end a phrase ("sent to the\nUnited Nations"). */
  private isHeadlineEnd(lineFeedAt: number): boolean {
    const { text } = this;
    let last = lineFeedAt;
    while (last > this.sentenceStart && isWhiteSpace(text.charCodeAt(last - 1))) last--;
    if (last <= this.sentenceStart) return false;
    const lastCode = text.charCodeAt(last - 1);
    if (!isLetter(lastCode) && !isDigit(lastCode) && !isCloser(lastCode)) return false;
    if (!isUpperCase(text.charCodeAt(this.nextWordStart(lineFeedAt + 1)))) return false;
    let wordStart = last;
    while (wordStart > this.sentenceStart && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    return !phraseContinuingWords.has(text.slice(wordStart, last));
  }

  /** Whether a boundary at `sentenceEnd` falls inside a quotation that the sentence goes on
   *  after: `"We heard a bang. Then it went dark," said Lopez.` is one sentence. A quotation
   *  that ends its own sentence splits at each of its sentences, as outlets quote parts of it
   *  and comparison matches them sentence by sentence. */
  private isInsideAttributedQuote(sentenceEnd: number): boolean {
    const { text } = this;
    let straight = 0;
    let curly = 0;
    for (let index = this.sentenceStart; index < sentenceEnd; index++) {
      const code = text.charCodeAt(index);
      if (code === straightQuote) straight++;
      else if (code === leftDoubleQuote) curly++;
      else if (code === rightDoubleQuote) curly--;
    }
    const isStraight = straight % 2 === 1;
    if (!isStraight && curly <= 0) return false;
    const closer = isStraight ? '"' : '”';
    const limit = Math.min(this.rangeEnd, sentenceEnd + longestQuoteLookedAt);
    const close = text.indexOf(closer, sentenceEnd);
    if (close < 0 || close >= limit) return false;
    if (text.charCodeAt(close - 1) === comma) return true;
    const after = this.nextWordStart(close + 1);
    return after < this.rangeEnd && close + 1 < after && isLowerCase(text.charCodeAt(after));
  }

  private pushSentence(from: number, to: number): void {
    const { text } = this;
    let first = from;
    let last = to;
    while (first < last && isWhiteSpace(text.charCodeAt(first))) first++;
    while (last > first && isWhiteSpace(text.charCodeAt(last - 1))) last--;
    if (last > first) this.spans.push({ start: first, end: last });
  }

  /** After a terminator ending at `position`, takes in closing quotes and brackets and any
   *  further terminators ("!?", `"Go!".`); returns where the sentence would end. */
  private takeClosers(position: number): number {
    const { text, rangeEnd } = this;
    let cursor = position;
    while (cursor < rangeEnd) {
      const code = text.charCodeAt(cursor);
      if (isCloser(code)) {
        // "Jr.'s": an apostrophe before a letter is a possessive, not a closing quote.
        if ((code === apostrophe || code === rightSingleQuote) && isLetter(text.charCodeAt(cursor + 1))) break;
        cursor++;
      } else if (isQuestionOrExclamation(code) || code === fullStop) {
        cursor++;
      } else {
        break;
      }
    }
    return cursor;
  }

  private skipWhiteSpace(position: number): number {
    let cursor = position;
    while (cursor < this.rangeEnd && isWhiteSpace(this.text.charCodeAt(cursor))) cursor++;
    return cursor;
  }

  /** First character of the next word after `position`, past white space and opening quotes. */
  private nextWordStart(position: number): number {
    let cursor = this.skipWhiteSpace(position);
    while (cursor < this.rangeEnd && isOpener(this.text.charCodeAt(cursor))) cursor++;
    return cursor;
  }

  /** Whether what follows a terminator ending at `sentenceEnd` can start a new sentence. */
  private canStartSentenceAfter(sentenceEnd: number): boolean {
    const { text, rangeEnd } = this;
    if (sentenceEnd >= rangeEnd) return true;
    if (!isWhiteSpace(text.charCodeAt(sentenceEnd))) return false;
    const afterSpace = this.skipWhiteSpace(sentenceEnd);
    if (afterSpace >= rangeEnd) return true;
    const code = text.charCodeAt(afterSpace);
    if (code === closeParenthesis || code === closeBracket || code === closeBrace) return false;
    const wordStart = this.nextWordStart(afterSpace);
    return wordStart >= rangeEnd || !isLowerCase(text.charCodeAt(wordStart));
  }

  /** Whether `text[sentenceStart, to)` is a short opening such as "At 5 a.m.". */
  private isAdverbialOpening(to: number): boolean {
    const { text } = this;
    let words = 0;
    let isInWord = false;
    let firstWordEnd = to;
    const from = this.skipWhiteSpace(this.sentenceStart);
    for (let index = from; index < to; index++) {
      const isSpace = isWhiteSpace(text.charCodeAt(index));
      if (!isSpace && !isInWord && ++words > longestAdverbialOpening) return false;
      if (isSpace && words === 1 && firstWordEnd === to) firstWordEnd = index;
      isInWord = !isSpace;
    }
    return openingPrepositions.has(text.slice(from, firstWordEnd));
  }

  /** The word after `position` (letters and apostrophes), for the sentence-starter test. */
  private readNextWord(position: number): string {
    const { text, rangeEnd } = this;
    const wordStart = this.nextWordStart(position);
    let wordEnd = wordStart;
    while (wordEnd < rangeEnd) {
      const code = text.charCodeAt(wordEnd);
      if (!isLetter(code) && code !== apostrophe && code !== rightSingleQuote) break;
      wordEnd++;
    }
    // "A. B. Smith": a single letter with a full stop is an initial, not the article.
    if (wordEnd - wordStart === 1 && text.charCodeAt(wordEnd) === fullStop) return '';
    return text.slice(wordStart, wordEnd).replaceAll('’', "'");
  }

  /** An abbreviation that may end a sentence does so only before a typical sentence opener. */
  private isAmbiguousEnd(stopPosition: number, sentenceEnd: number): boolean {
    return isSentenceStarter(this.readNextWord(sentenceEnd)) && !this.isAdverbialOpening(stopPosition);
  }

  /** A full stop with a letter or digit right after it: "world.Today", "U.S.A", "3.5", "x.com". */
  private isGluedBoundary(position: number, wordStart: number): boolean {
    const { text, rangeEnd } = this;
    const previous = text.charCodeAt(position - 1);
    const next = text.charCodeAt(position + 1);
    if (!(isLowerCase(previous) || isDigit(previous))) return false;
    if (!isUpperCase(next) || !isLowerCase(text.charCodeAt(position + 2))) return false;
    if (abbreviationKind(text.slice(wordStart, position))) return false;
    // Addresses keep their dots: "Jane.Doe@example.com", "https://example.com/Page".
    const tokenLimit = Math.min(rangeEnd, position + longestWordLookedAt);
    let tokenEnd = position;
    while (tokenEnd < tokenLimit && !isWhiteSpace(text.charCodeAt(tokenEnd))) tokenEnd++;
    for (let index = wordStart; index < tokenEnd; index++) {
      const code = text.charCodeAt(index);
      if (code === 0x40 || code === 0x2f || code === 0x3a) return false; // @ / :
    }
    return !text.startsWith('www.', wordStart);
  }

  /** Start of the word that ends at `position`, past any opening quotes or brackets. */
  private wordStartBefore(position: number): number {
    // Not before the sentence start: in "Tuesday.Mr. Smith" the word is "Mr". Nor further
    // back than any abbreviation or address is long, so a huge token costs no more than a
    // short one at each of its full stops.
    const floor = Math.max(this.rangeStart, this.sentenceStart, position - longestWordLookedAt);
    let cursor = position;
    while (cursor > floor && !isWhiteSpace(this.text.charCodeAt(cursor - 1))) cursor--;
    while (cursor < position && isOpener(this.text.charCodeAt(cursor))) cursor++;
    return cursor;
  }

  /** Decides a single full stop after a word; returns the sentence end or noBoundary. */
  private decideWordStop(position: number): number {
    const { text, rangeEnd } = this;
    const wordStart = this.wordStartBefore(position);
    const next = position + 1 < rangeEnd ? text.charCodeAt(position + 1) : space;
    this.resumeAt = position + 1;
    if (isLetter(next) || isDigit(next)) {
      if (isDigit(next) && isDigit(text.charCodeAt(position - 1))) return noBoundary;
      return this.isGluedBoundary(position, wordStart) ? position + 1 : noBoundary;
    }
    const sentenceEnd = this.takeClosers(position + 1);
    this.resumeAt = sentenceEnd;
    if (!this.canStartSentenceAfter(sentenceEnd)) return noBoundary;
    if (sentenceEnd >= rangeEnd) return sentenceEnd;
    const word = text.slice(wordStart, position);
    // "Aoraki-Mt. Cook", "Mich./Ind.": the abbreviation is the last part of a joined word.
    const lastPart = word.slice(Math.max(word.lastIndexOf('-'), word.lastIndexOf('/')) + 1);
    const kind = lastPart ? abbreviationKind(lastPart) : undefined;
    if (kind === 'never-final') return noBoundary;
    const isInitial = word.length === 1 && isLetter(word.charCodeAt(0));
    const isInitialism = isDottedInitialism(word);
    if (isDigit(text.charCodeAt(this.nextWordStart(sentenceEnd)))) {
      // "No. 10", "p. 55", "N°. 1026", "Jan. 5"; but "in 2019. 50 people…" and "in the US. 50
      // Cent…" end a sentence.
      const isShortAbbreviation = word.length <= 2 && !isDigit(word.charCodeAt(word.length - 1)) && !isAcronym(word);
      return kind || isInitial || isInitialism || isShortAbbreviation ? noBoundary : sentenceEnd;
    }
    // "A. The rope broke. B. …": a letter alone opening a sentence marks a list item.
    if (isInitial && wordStart === this.skipWhiteSpace(this.sentenceStart)) return noBoundary;
    if (kind === 'title' || kind === 'final' || isInitial || isInitialism) {
      return this.isAmbiguousEnd(position, sentenceEnd) ? sentenceEnd : noBoundary;
    }
    return sentenceEnd;
  }

  /** Decides "!", "?" and runs of them. */
  private decideQuestionOrExclamation(position: number): number {
    const sentenceEnd = this.takeClosers(position + 1);
    this.resumeAt = sentenceEnd;
    return this.canStartSentenceAfter(sentenceEnd) ? sentenceEnd : noBoundary;
  }

  /** Decides an ellipsis ("...", "…") that carries no full stop of its own. */
  private decideEllipsis(position: number, ellipsisEnd: number): number {
    const { text, rangeEnd } = this;
    const previous = position > this.rangeStart ? text.charCodeAt(position - 1) : space;
    const sentenceEnd = this.takeClosers(ellipsisEnd);
    this.resumeAt = sentenceEnd;
    // "[...]" and "(...)" mark words left out of a quotation, never the end of a sentence.
    if (previous === openBracket || previous === openParenthesis) return noBoundary;
    if (sentenceEnd >= rangeEnd) return sentenceEnd;
    if (!isWhiteSpace(text.charCodeAt(sentenceEnd))) return noBoundary;
    return isUpperCase(text.charCodeAt(this.nextWordStart(sentenceEnd))) ? sentenceEnd : noBoundary;
  }

  /** Decides a run of full stops: "word.", "...", "....", ". . .", "word. . . .". */
  private decideFullStop(position: number): number {
    const { text, rangeEnd } = this;
    let runEnd = position + 1;
    while (runEnd < rangeEnd && text.charCodeAt(runEnd) === fullStop) runEnd++;
    const stops = runEnd - position;
    if (stops === 3) return this.decideEllipsis(position, runEnd);
    if (stops >= 2) return this.decideQuestionOrExclamation(runEnd - 1);

    // Spaced dots: ". . ." is an ellipsis inside a sentence, ". . . ." an ellipsis and a stop.
    let spacedStops = 1;
    let spacedEnd = position + 1;
    while (spacedEnd + 1 < rangeEnd && text.charCodeAt(spacedEnd) === space && text.charCodeAt(spacedEnd + 1) === fullStop) {
      spacedStops++;
      spacedEnd += 2;
    }
    const previous = position > this.rangeStart ? text.charCodeAt(position - 1) : space;
    const isAfterWord = !isWhiteSpace(previous);
    if (spacedStops < 3) return isAfterWord ? this.decideWordStop(position) : this.decideQuestionOrExclamation(position);
    if (!isAfterWord) {
      if (spacedStops >= 4) return this.decideQuestionOrExclamation(spacedEnd - 1);
      this.resumeAt = this.takeClosers(spacedEnd);
      return this.resumeAt >= rangeEnd ? this.resumeAt : noBoundary;
    }
    // "compounds. . . . The practice": the first stop ends the sentence and the spaced
    // ellipsis opens the next one, as it marks words left out at its start.
    const sentenceEnd = this.takeClosers(spacedEnd);
    if (
      spacedStops >= 4 &&
      sentenceEnd < rangeEnd &&
      isWhiteSpace(text.charCodeAt(sentenceEnd)) &&
      isUpperCase(text.charCodeAt(this.nextWordStart(sentenceEnd)))
    ) {
      this.resumeAt = position + 1;
      return position + 1;
    }
    if (spacedStops === 3) return this.decideEllipsis(position, spacedEnd);
    this.resumeAt = sentenceEnd;
    return this.canStartSentenceAfter(sentenceEnd) ? sentenceEnd : noBoundary;
  }
}
