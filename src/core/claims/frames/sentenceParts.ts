import { isStopWord } from '../contentStems';

// The parts of a sentence a figure's frame is read from: its clauses, the names in it (capitalised
// runs that are not sentence-initial stop words or times) and the places its clauses are set in.

const namePattern = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|al|bin|van|von))*(?<!\s(?:of|de|al|bin|van|von))/gu;
/** Capitalised words that name times, not places or people. */
const timeWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|gmt|utc)$/i;
/** Words that end a clause: what lies beyond them belongs to another figure. */
const clauseBoundary = /[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|which|who)\b/giu;
/** Nouns for a kind of place: "the city of Bam", "Bireun, a town of 21,000". */
export const placeNouns = String.raw`(?:city|town|village|island|country|nation|region|province|district|county|community|state|port|suburb|municipality|capital|area|camp|settlement|neighbourhood|neighborhood)`;

/** Text from the last clause boundary in `text` to its end. */
export function clauseTail(text: string): string {
  let from = 0;
  clauseBoundary.lastIndex = 0;
  for (let match = clauseBoundary.exec(text); match; match = clauseBoundary.exec(text)) from = match.index + match[0].length;
  return text.slice(from);
}

/** Text from the start of `text` to its first clause boundary (or sentence end). */
export function clauseHead(text: string): string {
  clauseBoundary.lastIndex = 0;
  const match = clauseBoundary.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  return head.replace(/[.!?]["”’]?\s*$/, '');
}

/** Capitalised runs of `text` that are names: not sentence-initial stop words, not times. */
export function namesIn(text: string): { name: string; start: number; end: number }[] {
  const names: { name: string; start: number; end: number }[] = [];
  namePattern.lastIndex = 0;
  for (let match = namePattern.exec(text); match; match = namePattern.exec(text)) {
    const words = match[0].split(/\s+/);
    let skip = 0;
    while (skip < words.length && (isStopWord(words[skip] ?? '') || timeWords.test(words[skip] ?? ''))) skip += 1;
    const kept = words.slice(skip).filter((word) => !timeWords.test(word));
    if (kept.length === 0) continue;
    const name = kept.join(' ');
    names.push({ name, start: match.index, end: match.index + match[0].length });
  }
  return names;
}

/** A name as a subject key: lower case, no possessive, no trailing full stop. */
export const placeKey = (name: string): string => name.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '').trim();
/** A person as a subject key: the surname, which later mentions use alone ("Tennant"). */
export const personKey = (name: string): string => placeKey(name.split(/\s+/).at(-1) ?? name);

/** The name right at the end of `text` ("… Scott Russell, " → Scott Russell), or null. */
export function nameAtEnd(text: string): string | null {
  const trimmed = text.replace(/[\s,]+$/, '');
  const last = namesIn(trimmed).at(-1);
  return last && last.end === trimmed.length ? last.name : null;
}

/** A place named at the end of `text`, with a trailing place noun ("Qeshm island"), as a key. */
export function placeAtEnd(text: string): string | null {
  const trimmed = text.replace(/[\s,]+$/, '');
  const noun = new RegExp(String.raw`\s+${placeNouns}$`, 'iu').exec(trimmed);
  const name = nameAtEnd(noun ? trimmed.slice(0, noun.index) : trimmed);
  return name ? placeKey(noun ? `${name}${noun[0]}` : name) : null;
}

/** The name at the start of `text`, skipping an article and lower-case words ("the port of Bandar Abbas"). */
export function nameAtStart(text: string, maxWordsBefore = 4): string | null {
  const first = namesIn(text)[0];
  if (!first) return null;
  const gap = text.slice(0, first.start).trim();
  const gapWords = gap === '' ? [] : gap.split(/\s+/);
  return gapWords.length <= maxWordsBefore && gapWords.every((word) => /^[\p{Ll}-]+$/u.test(word)) ? first.name : null;
}

/** The sentence's grammatical subject when it opens with one: a name, or "the island". */
export function sentenceSubject(sentence: string): string | null {
  const opening = sentence.trimStart();
  const name = namesIn(opening)[0];
  if (name && name.start <= 4) return placeKey(name.name);
  const noun = /^(?:the|this|that)\s+([\p{Ll}-]+)\b/iu.exec(opening);
  return noun?.[1] && !isStopWord(noun[1]) ? noun[1].toLowerCase() : null;
}

/** "in the ancient city of Bam", "at Bireun": the place a figure's clause is set in. */
export function placeAfter(clause: string, figureText: string): string | null {
  // The figure's span may already hold the preposition: "31,000 in city" + " of Bam".
  const isPlaceEnded = new RegExp(String.raw`\b${placeNouns}$`, 'i').test(figureText);
  const ofPlace = isPlaceEnded ? /^\s*of\s+(.*)$/su.exec(clause) : null;
  const inPlace = ofPlace ?? /^\s*(?:[\p{Ll}-]+\s+){0,6}?(?:in|at|near|on)\s+(.*)$/su.exec(clause);
  const name = inPlace?.[1] ? nameAtStart(inPlace[1]) : null;
  // "in Iran quake": a name before a common noun modifies it; it is not where the figure is.
  const rest = name && inPlace?.[1] ? inPlace[1].slice(inPlace[1].indexOf(name) + name.length) : '';
  const next = /^\s+([\p{L}-]+)/u.exec(rest)?.[1];
  if (name && (!next || isStopWord(next) || !/^\p{Ll}/u.test(next))) return placeKey(name);
  // "hit the southern town of Zarand": a place the clause names by what it is.
  const named = new RegExp(String.raw`\b${placeNouns}\s+of\s+(.*)$`, 'isu').exec(clause);
  const place = named?.[1] ? nameAtStart(named[1], 0) : null;
  return place ? placeKey(place) : null;
}
