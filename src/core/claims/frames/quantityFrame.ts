import { isStopWord } from '../contentStems';
import { attributeOfWord } from './measureLexicon';

// Ties a figure to what it measures and whose, from the structure of its sentence: the head
// noun or verb the number attaches to ("killing 10 people", "80 wounded", "a population of
// 21,000", "10 km deep"), the place a distance is measured from ("55 km from Bireun"), the
// person an age belongs to ("Ana Ruiz, 34", "34-year-old Ana Ruiz") and the place or person a
// figure is of ("in the city of Bam", "Bireun, a town of 21,000"). Rules over words and
// capitals, general to English news copy; no case's words.

/**
 * What a figure measures and whose: "12 killed" → killed of the event, "a population of
 * 21,000" → population of the town named, "55 km from Bireun" → distance-from:bireun. Two
 * figures are comparable only when their frames agree.
 */
export interface QuantityFrame {
  /** `killed`, `injured`, `population`, `depth`, `age`, `distance-from:<place>`… or the counted thing's stem. */
  attribute: string;
  /** Who or what the figure is of, lower case ("bam", "tennant", "qeshm island"); null for the story's own event. */
  subject: string | null;
  /** Whether the attribute comes from a measure word or construction (not just the counted noun). */
  isNamed: boolean;
}

/** The figure as findQuantities sees it, with its span in the text. */
export interface FramedFigure {
  start: number;
  end: number;
  text: string;
  kind: string;
  unit: string | null;
  thing: string | null;
}

const namePattern = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|al|bin|van|von))*(?<!\s(?:of|de|al|bin|van|von))/gu;
/** Capitalised words that name times, not places or people. */
const timeWords = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|gmt|utc)$/i;
/** Words that end a clause: what lies beyond them belongs to another figure. */
const clauseBoundary = /[,;:()\u2013\u2014]|\s-\s|\b(?:and|but|while|whereas|which|who)\b/giu;
/** Verbs and particles between a noun and its figure: "the toll rose to 10", "a depth of 10 km". */
const linkingEnd = /\b(?:of|to|at|as|rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|stand|is|was|were|are|has|had|hit|hits|jumped|increased|put|puts|topped|passed|totalled|totaled|numbered|exceeded)\s*$/i;
/** Words allowed between a figure and a verb of its own: "10 people were also killed". */
const auxiliaries = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'also', 'reportedly', 'later', 'all', 'to', 'now', 'confirmed', 'feared', 'believed', 'thought', 'reported', 'already', 'not', 'people', 'persons', 'others', 'more']);
const direction = String.raw`(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:wards?)?\s+)?`;
const distanceAfter = new RegExp(String.raw`^\s*${direction}(?:away\s+)?(?:of|from)\s+`, 'i');
const directionAtEnd = /(?:north|south|east|west)(?:-?(?:north|south|east|west))?$/i;
const placeNouns = String.raw`(?:city|town|village|island|country|nation|region|province|district|county|community|state|port|suburb|municipality|capital|area|camp|settlement|neighbourhood|neighborhood)`;
const populationBefore = [
  /\b(?:population|populace)\s+(?:of\s+)?(?:(?:is|was|stands at|stood at)\s+)?$/i,
  /\bhome\s+to\s*$/i,
];
const placeOfBefore = new RegExp(String.raw`\b${placeNouns}\s+of\s*$`, 'i');
/** An apposition that says what a place is: ", home to", ", a town of", ", the capital of". */
const appositionOpening = new RegExp(String.raw`^\s*(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${placeNouns}\s+of|home\s+to|(?:a|an|the)\s+population\s+of)\s*$`, 'u');
const peopleThings = new Set(['people', 'person', 'resident', 'inhabitant', 'soul', 'villager', 'islander']);

/** Text from the last clause boundary in `text` to its end. */
function clauseTail(text: string): string {
  let from = 0;
  clauseBoundary.lastIndex = 0;
  for (let match = clauseBoundary.exec(text); match; match = clauseBoundary.exec(text)) from = match.index + match[0].length;
  return text.slice(from);
}

/** Text from the start of `text` to its first clause boundary (or sentence end). */
function clauseHead(text: string): string {
  clauseBoundary.lastIndex = 0;
  const match = clauseBoundary.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  return head.replace(/[.!?]["”’]?\s*$/, '');
}

/** Capitalised runs of `text` that are names: not sentence-initial stop words, not times. */
function namesIn(text: string): { name: string; start: number; end: number }[] {
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
const placeKey = (name: string): string => name.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '').trim();
/** A person as a subject key: the surname, which later mentions use alone ("Tennant"). */
const personKey = (name: string): string => placeKey(name.split(/\s+/).at(-1) ?? name);

/** The name right at the end of `text` ("… Scott Russell, " → Scott Russell), or null. */
function nameAtEnd(text: string): string | null {
  const trimmed = text.replace(/[\s,]+$/, '');
  const last = namesIn(trimmed).at(-1);
  return last && last.end === trimmed.length ? last.name : null;
}

/** A place named at the end of `text`, with a trailing place noun ("Qeshm island"), as a key. */
function placeAtEnd(text: string): string | null {
  const trimmed = text.replace(/[\s,]+$/, '');
  const noun = new RegExp(String.raw`\s+${placeNouns}$`, 'iu').exec(trimmed);
  const name = nameAtEnd(noun ? trimmed.slice(0, noun.index) : trimmed);
  return name ? placeKey(noun ? `${name}${noun[0]}` : name) : null;
}

/** The name at the start of `text`, skipping an article and lower-case words ("the port of Bandar Abbas"). */
function nameAtStart(text: string, maxWordsBefore = 4): string | null {
  const first = namesIn(text)[0];
  if (!first) return null;
  const gap = text.slice(0, first.start).trim();
  const gapWords = gap === '' ? [] : gap.split(/\s+/);
  return gapWords.length <= maxWordsBefore && gapWords.every((word) => /^[\p{Ll}-]+$/u.test(word)) ? first.name : null;
}

/** The sentence's grammatical subject when it opens with one: a name, or "the island". */
function sentenceSubject(sentence: string): string | null {
  const opening = sentence.trimStart();
  const name = namesIn(opening)[0];
  if (name && name.start <= 4) return placeKey(name.name);
  const noun = /^(?:the|this|that)\s+([\p{Ll}-]+)\b/iu.exec(opening);
  return noun?.[1] && !isStopWord(noun[1]) ? noun[1].toLowerCase() : null;
}

/** "in the ancient city of Bam", "at Bireun": the place a figure's clause is set in. */
function placeAfter(clause: string, figureText: string): string | null {
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

function ageFrame(figure: FramedFigure, before: string, after: string): QuantityFrame | null {
  const isBare = /^\d+$/.test(figure.text);
  // "34-year-old Ana Ruiz", "a 16-year-old son", "Ruiz, 34 years old,"
  const old = /^-?\s*(?:years?[\s-]+)?old\b[\s,]*/i.exec(after);
  if (old && (figure.kind === 'duration' || isBare)) {
    const rest = after.slice(old[0].length);
    const name = nameAtStart(rest, 0);
    if (name) return { attribute: 'age', subject: personKey(name), isNamed: true };
    const before_ = nameAtEnd(before);
    if (before_) return { attribute: 'age', subject: personKey(before_), isNamed: true };
    const noun = /^([\p{Ll}-]+)/u.exec(rest)?.[1];
    return { attribute: 'age', subject: noun ? noun.toLowerCase() : null, isNamed: true };
  }
  if (!isBare) return null;
  // "aged 34"
  if (/\baged\s*$/i.test(before)) {
    const name = nameAtEnd(before.replace(/,?\s*aged\s*$/i, ''));
    return { attribute: 'age', subject: name ? personKey(name) : null, isNamed: true };
  }
  // An apposition: "Scott Russell, 46, was injured"; "Tennant and Hakim, both 51,".
  if (/^\s*(?:[,;)]|\.(?:\s|$)|$)/.test(after)) {
    if (/\bboth\s*$/i.test(before)) return { attribute: 'age', subject: null, isNamed: true };
    if (/,\s*$/.test(before) || /\(\s*$/.test(before)) {
      const name = nameAtEnd(before.replace(/[(,]\s*$/, ''));
      if (name) return { attribute: 'age', subject: personKey(name), isNamed: true };
    }
  }
  return null;
}

function lengthFrame(figure: FramedFigure, before: string, after: string, clauseBefore: string): QuantityFrame | null {
  const isDirected = directionAtEnd.test(figure.text.trim());
  const distance = distanceAfter.exec(after) ?? (isDirected ? /^\s*(?:of|from)\s+/i.exec(after) : null);
  if (distance) {
    const rest = after.slice(distance[0].length);
    const name = nameAtStart(clauseHead(rest));
    const reference = name ? placeKey(name) : clauseHead(rest).toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/).slice(0, 3).join(' ').trim();
    if (reference) return { attribute: `distance-from:${reference}`, subject: null, isNamed: true };
  }
  if (isDirected || /^\s*(?:away|to the (?:north|south|east|west))\b/i.test(after)) return { attribute: 'distance', subject: null, isNamed: true };
  const personBefore = (): string | null => {
    const name = namesIn(clauseBefore)[0];
    return name ? personKey(name.name) : null;
  };
  if (/^\s*(?:deep|below|beneath|underground|under\s+the)\b/i.test(after) || /\b(?:depth|deep)\s+of\s*$/i.test(before)) return { attribute: 'depth', subject: null, isNamed: true };
  if (/^\s*(?:high|tall|above)\b/i.test(after) || /\b(?:height|altitude)\s+of\s*$/i.test(before)) return { attribute: 'height', subject: personBefore(), isNamed: true };
  if (/^\s*long\b/i.test(after) || /\blength\s+of\s*$/i.test(before)) return { attribute: 'length', subject: null, isNamed: true };
  // The measure word may already be in the figure's span: "6 miles deep", "a 200-ft fall".
  const byThing = figure.thing ? attributeOfWord(figure.thing) : null;
  if (byThing === 'depth' || byThing === 'length') return { attribute: byThing, subject: null, isNamed: true };
  if (byThing === 'height' || byThing === 'fall') return { attribute: byThing, subject: personBefore(), isNamed: true };
  const lastWords = clauseBefore.trim().split(/\s+/).slice(-4);
  const isFall = /^[\s-]*(?:fall|drop|plunge)\b/i.test(after) || lastWords.some((word) => attributeOfWord(word.replace(/\W+$/, '')) === 'fall');
  if (isFall) return { attribute: 'fall', subject: personBefore(), isNamed: true };
  return null;
}

function populationFrame(figure: FramedFigure, before: string, sentenceBefore: string): QuantityFrame | null {
  const thing = figure.thing ?? '';
  const isConstruction = populationBefore.some((pattern) => pattern.test(before));
  const isPlaceOf = placeOfBefore.test(before) && peopleThings.has(thing);
  const isHaving = (thing === 'resident' || thing === 'inhabitant') && /\b(?:has|have|had|with)\s*$/i.test(before);
  if (!isConstruction && !isPlaceOf && !isHaving) return null;
  // "Bireun, a town of 21,000 people" / "Qeshm island, home to 120,000": the apposition's head.
  const clauseStart = sentenceBefore.lastIndexOf(',');
  if (clauseStart >= 0 && appositionOpening.test(sentenceBefore.slice(clauseStart + 1))) {
    const name = placeAtEnd(sentenceBefore.slice(0, clauseStart));
    if (name) return { attribute: 'population', subject: name, isNamed: true };
  }
  // "the island, which … is home to 100,000": the relative clause's antecedent.
  const relative = /^(.*?)[\s,]+(?:which|that)\b[^.]*$/su.exec(sentenceBefore);
  if (relative?.[1]) {
    const antecedent = placeAtEnd(relative[1]) ?? /([\p{Ll}-]+)\s*$/u.exec(relative[1])?.[1]?.toLowerCase() ?? null;
    if (antecedent && !isStopWord(antecedent)) return { attribute: 'population', subject: antecedent, isNamed: true };
  }
  return { attribute: 'population', subject: sentenceSubject(sentenceBefore), isNamed: true };
}

/** What `figure` (inside the sentence `text[sentenceStart, sentenceEnd)`) measures and whose. */
export function quantityFrame(text: string, sentenceStart: number, sentenceEnd: number, figure: FramedFigure): QuantityFrame {
  const sentenceBefore = text.slice(sentenceStart, figure.start);
  const before = sentenceBefore.slice(-60);
  const after = text.slice(figure.end, sentenceEnd);
  const clauseBefore = clauseTail(sentenceBefore);
  const clauseAfter = clauseHead(after);
  if (figure.kind === 'count' || figure.kind === 'duration') {
    const age = ageFrame(figure, before, after);
    if (age) return age;
  }
  if (figure.kind === 'magnitude') return { attribute: 'magnitude', subject: placeAfter(clauseAfter, figure.text), isNamed: true };
  if (figure.kind === 'length') {
    const length = lengthFrame(figure, before, after, clauseBefore);
    if (length) return length;
  }
  if (figure.kind === 'count') {
    const population = populationFrame(figure, before, sentenceBefore);
    if (population) return population;
    const subject = placeAfter(clauseAfter, figure.text);
    // The counted noun names the measure: "80 wounded", "31,000 dead".
    const byThing = figure.thing ? attributeOfWord(figure.thing) : null;
    if (byThing && byThing !== 'fall') return { attribute: byThing, subject, isNamed: true };
    // A verb just before: "killing at least 10", "wounding another 70".
    const lastWords = clauseBefore.trim().split(/\s+/).filter(Boolean).slice(-2);
    const verbBefore = lastWords.map((word) => attributeOfWord(word.replace(/\W+$/, ''))).filter((item) => item !== null).at(-1);
    if (verbBefore && verbBefore !== 'fall') return { attribute: verbBefore, subject, isNamed: true };
    // A noun linked to the figure: "the death toll rose to 10", "the number of dead reached 30".
    if (linkingEnd.test(clauseBefore)) {
      const linked = clauseBefore.split(/\s+/).map((word) => attributeOfWord(word.replace(/\W+$/, ''))).filter((item) => item !== null && item !== 'fall').at(-1);
      if (linked) return { attribute: linked, subject, isNamed: true };
    }
    // A verb of its own after the counted noun: "10 people were killed", "60 had to be evacuated".
    for (const word of clauseAfter.trim().split(/\s+/).slice(0, 5)) {
      const bare = word.replace(/\W+$/, '').toLowerCase();
      const attribute = attributeOfWord(bare);
      // "two helicopters were evacuating the injured": the figure does the verb, it is not its count.
      if (attribute && attribute !== 'fall' && !/ing$/.test(bare)) return { attribute, subject, isNamed: true };
      if (!auxiliaries.has(bare)) break;
    }
    // "two extra life sentences", "another 40 troops": an increment, not the total.
    const isIncrement = /^\S+\s+(?:extra|additional|more|further|new)\b/i.test(figure.text) || /\b(?:another|an additional|a further)\s*$/i.test(before);
    // "the 12 worst-hit villages": a superlative picks a subset, not all of them.
    const isSubset = /^\S+\s+(?:[\p{L}-]*(?:est|worst|best|most|least)\b)/iu.test(figure.text);
    const qualified = isIncrement ? 'added' : isSubset ? 'subset' : null;
    return { attribute: qualified && figure.thing ? `${qualified} ${figure.thing}` : figure.thing ?? 'count', subject, isNamed: false };
  }
  // "Russell, a 20-year veteran", "Tennant was a 28-year veteran": a measure of the person named.
  const predicate = /(?:,|\b(?:was|is|became|had been)\b)\s*(?:a|an)\s*$/i.exec(before);
  const person = predicate ? nameAtEnd(before.slice(0, predicate.index)) : null;
  if (person && figure.kind === 'duration') return { attribute: 'service', subject: personKey(person), isNamed: true };
  return { attribute: figure.thing ?? figure.unit ?? figure.kind, subject: placeAfter(clauseAfter, figure.text), isNamed: false };
}
