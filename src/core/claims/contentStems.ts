// Content words reduced to their lemmas, for comparing mentions across sources.
import { lemmaOf } from '../language/lemmas/lemmaOf';

const stopWords = new Set(
  `a an the of to in on for and or but with by at from as is are was were be been being it its this that these those
  has have had will would shall should can could may might must do does did not no so than then there their they them
  he she his her him we our us you your i me my who whom which what when where why how all also any both each more most
  other some such only own same very just into over under about after before between during while up down out off
  again further once here said says say told according also s t`.split(/\s+/),
);

/**
 * Words that mean the same for matching purposes map to one representative, keyed by lemma.
 * A lemmatiser cannot see that "nations" are "countries" or an "invasion" a "war", and the
 * claim grouping relies on both; word vectors could, but would put a 136 MB table under
 * every claim comparison, so this short list stays.
 */
const synonyms: Record<string, string> = {
  nation: 'country', state: 'country',
  troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier', personnel: 'soldier',
  invasion: 'war', conflict: 'war', fighting: 'war',
  fatality: 'death',
  talk: 'meet', meeting: 'meet', discussion: 'meet', discuss: 'meet', visit: 'meet', arrive: 'meet', host: 'meet', summit: 'meet',
  speak: 'call', phone: 'call',
  defense: 'defence', programme: 'program', organisation: 'organization',
  bn: 'billion', m: 'million', mln: 'million', mortgage: 'loan',
};

// The cache is bounded so a long session over many cases cannot grow it without limit.
const maxCachedWords = 200_000;
/** Lemma of a word, or `null` when it is a stop word or a single character (no content). */
const contentStemCache = new Map<string, string | null>();

/** The word's lemma (wink-nlp's English model: "killed" -> kill, "met" -> meet), or its synonyms' representative. */
export function stem(word: string): string {
  const lemma = lemmaOf(word);
  return synonyms[lemma] ?? lemma;
}

export function isStopWord(word: string): boolean {
  return stopWords.has(word.toLowerCase());
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function contentStemOf(word: string): string | null {
  const cached = contentStemCache.get(word);
  if (cached !== undefined) return cached;
  const content = isStopWord(word) || word.length < 2 ? null : stem(word);
  if (contentStemCache.size >= maxCachedWords) contentStemCache.clear();
  contentStemCache.set(word, content);
  return content;
}

/** Distinct content stems of a text, in order of first appearance. */
export function contentStems(text: string): string[] {
  const stems = new Set<string>();
  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match; match = wordPattern.exec(text)) {
    const content = contentStemOf(match[0]);
    if (content !== null) stems.add(content);
  }
  return [...stems];
}

/** Words of a quotation normalised for comparing wordings: lower case, plain apostrophes, no punctuation. */
export function quoteWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);
}
