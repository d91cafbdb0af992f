import type { FieldProvenance } from '../../shared/domain';

// The commonest English function words; in English prose they make up 35-50% of words,
// in other languages almost none (a few, like "a" or "de", are shared, hence the margin).
const englishStopwords = new Set(
  ('the of and to a in that is was he for it with as his on be at by i this had not are but from or have an they which ' +
    'one you were her all she there would their we him been has when who will more no if out so said what up its about ' +
    'into than them can only other new some could time these two may then do first any my now such like our over man me ' +
    'even most made after also did many before must through back years where much your way well down should because ' +
    'each just those people how too little state good very make world still own see men work long get here between both ' +
    'life being under never day same another know while last might us great old year off come since against go came right ' +
    'used take three')
    .split(' '),
);

const minimumWords = 20;
/** Share of stopwords above which text is taken for English. */
const englishThreshold = 0.25;

/** A simple stopword guess: `en`, or null when the text is not (or too short to tell) English. */
export function guessLanguage(text: string): FieldProvenance {
  // A few hundred words tell the share of stopwords as well as the whole text does.
  let wordCount = 0;
  let common = 0;
  for (const [word] of text.slice(0, 3_000).toLowerCase().matchAll(/\p{L}+/gu)) {
    wordCount += 1;
    if (englishStopwords.has(word)) common += 1;
  }
  if (wordCount < minimumWords) {
    return { value: null, origin: `not enough text to tell (${wordCount} words)`, isInferred: true };
  }
  const share = Math.round((common / wordCount) * 100);
  if (common / wordCount >= englishThreshold) {
    return { value: 'en', origin: `common English words are ${share}% of ${wordCount} words`, isInferred: true };
  }
  return { value: null, origin: `not English: common English words are only ${share}% of ${wordCount} words`, isInferred: true };
}
