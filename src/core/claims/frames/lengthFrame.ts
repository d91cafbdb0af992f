import { attributeOfWord } from './measureLexicon';
import { clauseHead, nameAtStart, namesIn, personKey, placeAtEnd, placeKey } from './sentenceParts';
import type { FramedFigure, QuantityFrame } from './quantityFrame';

const direction = String.raw`(?:(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:wards?)?\s+)?`;
const distanceAfter = new RegExp(String.raw`^\s*${direction}(?:away\s+)?(?:of|from)\s+`, 'i');
const directionAtEnd = /(?:north|south|east|west)(?:-?(?:north|south|east|west))?$/i;

/** "Zarand, a town … 602 miles south of Tehran", "Woodburn, about 30 miles south of Portland": the place an apposition locates. */
function locatedPlace(sentenceBefore: string): string | null {
  const openings = [...sentenceBefore.matchAll(/,\s+(?:a|an|the|located|situated|about|some|roughly|around|just)\b/giu)];
  const last = openings.at(-1);
  return last?.index === undefined ? null : placeAtEnd(sentenceBefore.slice(0, last.index));
}

/** What a length measures: a distance from a place ("55 km from Bireun"), a depth, a height, a length, a fall. */
export function lengthFrame(figure: FramedFigure, before: string, after: string, clauseBefore: string, sentenceBefore: string): QuantityFrame | null {
  const isDirected = directionAtEnd.test(figure.text.trim());
  const distance = distanceAfter.exec(after) ?? (isDirected ? /^\s*(?:of|from)\s+/i.exec(after) : null);
  if (distance) {
    const rest = after.slice(distance[0].length);
    const name = nameAtStart(clauseHead(rest));
    const reference = name ? placeKey(name) : clauseHead(rest).toLowerCase().replace(/^(?:the|a|an)\s+/, '').split(/\s+/).slice(0, 3).join(' ').trim();
    if (reference) return { attribute: `distance-from:${reference}`, subject: locatedPlace(sentenceBefore), isNamed: true };
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
