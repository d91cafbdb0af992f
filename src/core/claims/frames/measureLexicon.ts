import { stem } from '../contentStems';

// General news measure words (WordNet-style synonym sets), each mapped to the attribute a
// figure attached to it measures. Not drawn from any case: these are the words wire copy uses
// for tolls, casualties, displacement and the size of places.
const attributeWords: Record<string, readonly string[]> = {
  killed: ['killed', 'killing', 'kill', 'kills', 'dead', 'deaths', 'death', 'died', 'die', 'dies', 'dying', 'toll', 'fatalities', 'fatality', 'lives', 'bodies', 'perished'],
  injured: ['injured', 'injuring', 'injure', 'injuries', 'injury', 'wounded', 'wounding', 'wound', 'wounds', 'hurt', 'casualties'],
  missing: ['missing', 'unaccounted'],
  displaced: ['evacuated', 'evacuating', 'evacuate', 'evacuees', 'displaced', 'homeless', 'fled', 'flee', 'relocated', 'rehoused'],
  arrested: ['arrested', 'arrests', 'detained', 'detainees'],
  population: ['population', 'inhabitants', 'populace'],
  depth: ['depth', 'deep'],
  height: ['height', 'high', 'tall', 'altitude'],
  length: ['length', 'long'],
  fall: ['fell', 'fall', 'falls', 'falling', 'fallen', 'plunged', 'plunge', 'plunging', 'tumbled', 'dropped'],
};

// Built on first use: stemming needs the English model, which a command that reads no text never loads.
let byStem: Map<string, string> | undefined;
function attributesByStem(): Map<string, string> {
  if (byStem) return byStem;
  byStem = new Map();
  for (const [attribute, words] of Object.entries(attributeWords)) for (const word of words) byStem.set(stem(word), attribute);
  // The stemmer folds "killed" into "death" (a synonym it keeps for matching): both are tolls.
  byStem.set('death', 'killed');
  return byStem;
}

/** The attribute a measure word names, or null. */
export function attributeOfWord(word: string): string | null {
  return attributesByStem().get(stem(word)) ?? null;
}

/** How the reason and the claim name each attribute. */
const labels: Record<string, string> = {
  killed: 'death toll', injured: 'injured', missing: 'missing', displaced: 'displaced', arrested: 'arrested', population: 'population',
  depth: 'depth', height: 'height', length: 'length', fall: 'fall', age: 'age', magnitude: 'magnitude', distance: 'distance',
};

/** "death toll", "distance from bandar abbas", "age of tennant". */
export function frameLabel(attribute: string, subject: string | null): string {
  const distance = /^distance-from:(.+)$/.exec(attribute);
  const name = distance ? `distance from ${distance[1] ?? ''}` : labels[attribute] ?? attribute;
  return subject ? `${name} (${subject})` : name;
}
