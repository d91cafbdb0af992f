import { isStopWord } from '../contentStems';
import { placeAtEnd, placeNouns, sentenceSubject } from './sentenceParts';
import type { FramedFigure, QuantityFrame } from './quantityFrame';

const populationBefore = [
  /\b(?:population|populace)\s+(?:of\s+)?(?:(?:is|was|stands at|stood at)\s+)?$/i,
  /\bhome\s+to\s*$/i,
];
const placeOfBefore = new RegExp(String.raw`\b${placeNouns}\s+of\s*$`, 'i');
/** An apposition that says what a place is: ", home to", ", a town of", ", the capital of". */
const appositionOpening = new RegExp(String.raw`^\s*(?:(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${placeNouns}\s+of|home\s+to|(?:a|an|the)\s+population\s+of)\s*$`, 'u');
const peopleThings = new Set(['people', 'person', 'resident', 'inhabitant', 'soul', 'villager', 'islander']);

/** A population and of which place: "a population of 21,000", "Bireun, a town of 21,000 people", "home to 120,000". */
export function populationFrame(figure: FramedFigure, before: string, sentenceBefore: string): QuantityFrame | null {
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
