// Dictionary forms of English words from wink-nlp's English model (wink-eng-lite-web-model,
// shipped in its npm package): "killed" -> kill, "met" -> meet, "fatalities" -> fatality,
// "troops" -> troop. A field-made lemmatiser, in place of a hand-written suffix stripper.
import { englishNlp, lemmaIts } from './englishNlp';

// Lemmatising is pure and news vocabulary is small, so each word form is read once. The cache
// is bounded so a long session over many cases cannot grow it without limit.
const maxCachedWords = 200_000;
const cache = new Map<string, string>();

/** The lemma of one word, lower case; a word the model cannot read comes back lower-cased. */
export function lemmaOf(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  // A possessive is its noun ("Ukraine's" -> ukraine); other apostrophes fall away as before.
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/[’']/g, '');
  const lemma = lower.length === 0 ? lower : (englishNlp().readDoc(lower).tokens().out(lemmaIts())[0] ?? lower).toLowerCase();
  if (cache.size >= maxCachedWords) cache.clear();
  cache.set(word, lemma);
  return lemma;
}
