import { attributeOfWord } from './measureLexicon';
import { ageFrame } from './ageFrame';
import { lengthFrame } from './lengthFrame';
import { populationFrame } from './populationFrame';
import { clauseHead, clauseTail, nameAtEnd, personKey, placeAfter } from './sentenceParts';

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

/** Verbs and particles between a noun and its figure: "the toll rose to 10", "a depth of 10 km". */
const linkingEnd = /\b(?:of|to|at|as|rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|stand|is|was|were|are|has|had|hit|hits|jumped|increased|put|puts|topped|passed|totalled|totaled|numbered|exceeded)\s*$/i;
/** Words allowed between a figure and a verb of its own: "10 people were also killed". */
const auxiliaries = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'also', 'reportedly', 'later', 'all', 'to', 'now', 'confirmed', 'feared', 'believed', 'thought', 'reported', 'already', 'not', 'people', 'persons', 'others', 'more']);

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
    const length = lengthFrame(figure, before, after, clauseBefore, sentenceBefore);
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
