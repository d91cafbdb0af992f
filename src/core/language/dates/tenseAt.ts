// The tense of the clause a date sits in, from the nearest cue word before it.

const futureCues =
  /\b(will|shall|must|to be|set to|expected|scheduled|due to|is to|are to|going to|upcoming|would|ahead of|next|(?:plans?|planning|prepares?|preparing|hopes?|aims?|intends?|seeks?) to)\b/gi;
// Regular past forms end in -ed; the irregular ones news verbs take most are listed.
const pastCues =
  /\b(said|told|was|were|had|did|\w{3,}ed|broke|began|became|brought|came|went|took|made|gave|fell|rose|left|saw|got|hit|struck|found|spoke|met|won|lost|sent|held|ran|led|shot|threw|drove|flew|wrote|caught|fought|thought|felt|kept|built|stood|sold|paid|put|set|began|ago)\b/gi;

const futurePassive = /\b(?:will|shall|would|to) (?:be|have been) \w+/gi;

export type Tense = 'future' | 'past' | 'unknown';

function lastMatchAt(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}

/** `sentence` up to `position` (the date) decides; with no cue before it, the whole sentence.
 *  "expected" is both a future cue and a past form; as a cue it wins. */
export function tenseAt(sentence: string, position: number): Tense {
  for (const span of [sentence.slice(0, position), sentence]) {
    // "will be held", "to be named": a participle after a future auxiliary is no past form.
    const text = span.replace(futurePassive, (match) => `will${' '.repeat(match.length - 4)}`);
    const lastFuture = lastMatchAt(futureCues, text);
    const lastPast = lastMatchAt(pastCues, text);
    if (lastFuture !== -1 && lastFuture >= lastPast) return 'future';
    if (lastPast !== -1) return 'past';
  }
  return 'unknown';
}
