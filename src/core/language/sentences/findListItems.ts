import { isBullet, isDigit, isLineBullet, isWhiteSpace, lineFeed } from './characterClasses';

/** Where a list item begins and where its marker ("•", "2.)", "b.") ends. */
export interface ListItem {
  start: number;
  markerEnd: number;
}

interface EnumeratorCandidate {
  start: number;
  markerEnd: number;
  value: number;
  /** The marker with its number or letter taken out: `.`, `)`, `.)`, and `a` or `1` for its kind. */
  style: string;
}

/**
 * Finds list items in `text[start, end)`: bullets standing after white space, dashes at the
 * start of a line, and enumerators ("1.", "2)", "a.", "3.)") that form a run counting up from 1
 * or "a". A lone "3." is far more often a number ending a sentence than a list, so a single
 * enumerator never counts; nor does "(1)", which lists inside a sentence.
 */
// What a list marker may look like after white space: a bullet, a dash before white space,
// or an enumerator ("12.", "3)", "b.", "4.)") before white space. The code below decides.
const markerPattern =
  /(?:^|\s)(?:[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u25ba\u25b6]|[-*\u2013\u2014](?=\s)|(?:\d{1,3}|[a-z])(?:\.\)?|\))(?=\s))/g;

/**
 * Matches wherever `markerPattern` does, found faster: each alternative starts at its rarest
 * character (a bullet, a dash, or the stop or bracket after an enumerator) and looks back for
 * the white space before the marker, so the search passes over ordinary words natively.
 */
const markerAnywherePattern =
  /[.)](?<=(?:^|\s)(?:\d{1,3}|[a-z])(?:\.\)?|\)))(?=\s)|[-*\u2013\u2014](?<=(?:^|\s).)(?=\s)|[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u25a1\u25ba\u25b6](?<=(?:^|\s).)/;

export function findListItems(text: string, start: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  const candidates: EnumeratorCandidate[] = [];
  // A slice of a long string shares its characters; searching it keeps the search in range.
  const range = text.slice(start, end);
  // Most paragraphs have no marker at all.
  if (!markerAnywherePattern.test(range)) return items;
  markerPattern.lastIndex = 0;
  for (let match = markerPattern.exec(range); match; match = markerPattern.exec(range)) {
    const position = start + match.index + (isWhiteSpace(range.charCodeAt(match.index)) ? 1 : 0);
    const code = text.charCodeAt(position);
    if (isBullet(code) || (isLineBullet(code) && isAtLineStart(text, start, position))) {
      let markerEnd = position + 1;
      // "• 9. The first item": the enumerator belongs to the bullet, not to the sentence.
      let after = markerEnd;
      while (after < end && text.charCodeAt(after) === 0x20) after++;
      const enumerator = readEnumerator(text, after, end);
      if (enumerator) markerEnd = enumerator.markerEnd;
      items.push({ start: position, markerEnd });
      markerPattern.lastIndex = markerEnd - start;
      continue;
    }
    const enumerator = readEnumerator(text, position, end);
    if (enumerator) {
      candidates.push(enumerator);
      markerPattern.lastIndex = enumerator.markerEnd - start;
    }
  }
  if (candidates.length >= 2) for (const item of enumeratorRuns(candidates)) items.push(item);
  if (items.length > 1) items.sort((left, right) => left.start - right.start);
  return items;
}

function isAtLineStart(text: string, start: number, position: number): boolean {
  for (let index = position - 1; index >= start; index--) {
    const code = text.charCodeAt(index);
    if (code === lineFeed) return true;
    if (!isWhiteSpace(code)) return false;
  }
  return true;
}

/** Reads "12.", "12)", "12.)", "b.", "b)" or "b.)" at `position`, followed by white space. */
function readEnumerator(text: string, position: number, end: number): EnumeratorCandidate | undefined {
  let cursor = position;
  let value = 0;
  let kind: string;
  while (cursor < end && cursor - position < 3 && isDigit(text.charCodeAt(cursor))) {
    value = value * 10 + text.charCodeAt(cursor) - 48;
    cursor++;
  }
  if (cursor > position) {
    if (isDigit(text.charCodeAt(cursor))) return undefined;
    kind = '1';
  } else {
    const code = text.charCodeAt(cursor);
    // Lower-case letters only: "A. B. Smith" is a name far more often than a list.
    if (code < 97 || code > 122) return undefined;
    value = code - 96;
    kind = 'a';
    cursor++;
  }
  const markStart = cursor;
  if (text.charCodeAt(cursor) === 0x2e) cursor++;
  if (text.charCodeAt(cursor) === 0x29) cursor++;
  if (cursor === markStart || cursor >= end || !isWhiteSpace(text.charCodeAt(cursor))) return undefined;
  return { start: position, markerEnd: cursor, value, style: kind + text.slice(markStart, cursor) };
}

/** Keeps the enumerators that belong to a run 1, 2, 3… (or a, b, c…) of one style. */
function enumeratorRuns(candidates: EnumeratorCandidate[]): ListItem[] {
  const accepted: ListItem[] = [];
  const expectedNext = new Map<string, { value: number; pending: EnumeratorCandidate | undefined }>();
  for (const candidate of candidates) {
    const run = expectedNext.get(candidate.style);
    if (candidate.value === 1) {
      expectedNext.set(candidate.style, { value: 2, pending: candidate });
    } else if (run && candidate.value === run.value) {
      if (run.pending) accepted.push(run.pending);
      accepted.push(candidate);
      expectedNext.set(candidate.style, { value: candidate.value + 1, pending: undefined });
    }
  }
  return accepted.map(({ start, markerEnd }) => ({ start, markerEnd }));
}
