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
/** A few hundred words tell the share of stopwords as well as the whole text does. */
export const languageSampleLength = 3_000;

const letter = /\p{L}/u;

/** Code units a letter other than a–z at `index` takes (2 outside the Basic Multilingual Plane), or 0 for a non-letter. */
function otherLetterLengthAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90 ? 1 : 0;
  const codePoint = text.codePointAt(index) ?? code;
  if (!letter.test(String.fromCodePoint(codePoint))) return 0;
  return codePoint > 0xffff ? 2 : 1;
}

const alphabetSize = 26;
const lowerA = 97;

/**
 * The stopwords as a trie over a–z, so a word is looked up while it is read, without building
 * a string for it: `children[node * 26 + letter]` is a node's child (0 for none, as the root,
 * node 0, is nobody's child), `isStopword[node]` whether the letters so far spell a stopword.
 */
function stopwordTrie(words: Iterable<string>): { children: Int32Array; isStopword: Uint8Array } {
  const childLists: number[] = [];
  const ends: number[] = [0];
  for (const word of words) {
    let node = 0;
    for (let index = 0; index < word.length; index += 1) {
      const slot = node * alphabetSize + word.charCodeAt(index) - lowerA;
      let child = childLists[slot] ?? 0;
      if (child === 0) {
        child = ends.length;
        ends.push(0);
        childLists[slot] = child;
      }
      node = child;
    }
    ends[node] = 1;
  }
  const children = new Int32Array(ends.length * alphabetSize);
  childLists.forEach((child, slot) => (children[slot] = child));
  return { children, isStopword: Uint8Array.from(ends) };
}

const stopwords = stopwordTrie(englishStopwords);
/** Trie position of a word that has left the trie (or has a letter outside a–z). */
const notInTrie = -1;

function spellsStopword(node: number): boolean {
  return node !== notInTrie && stopwords.isStopword[node] === 1;
}

/**
 * A simple stopword guess: `en`, or null when the text is not (or too short to tell) English.
 * Words are runs of letters (`\p{L}`). A character loop that walks the stopword trie: this
 * reads most of every imported text, and matching words as strings allocated one per word.
 */
export function guessLanguage(text: string): FieldProvenance {
  const sample = text.slice(0, languageSampleLength).toLowerCase();
  let wordCount = 0;
  let common = 0;
  let isInWord = false;
  // Where the current word's letters lead in the stopword trie.
  let node = notInTrie;
  const { children } = stopwords;
  let index = 0;
  while (index < sample.length) {
    const code = sample.charCodeAt(index);
    // a–z first: most characters of the sample, and the only ones a stopword has.
    if (code >= lowerA && code < lowerA + alphabetSize) {
      if (!isInWord) {
        isInWord = true;
        wordCount += 1;
        node = 0;
      }
      if (node !== notInTrie) node = children[node * alphabetSize + code - lowerA] || notInTrie;
      index += 1;
      continue;
    }
    const length = otherLetterLengthAt(sample, index);
    if (length === 0) {
      if (isInWord && spellsStopword(node)) common += 1;
      isInWord = false;
      index += 1;
      continue;
    }
    if (!isInWord) {
      isInWord = true;
      wordCount += 1;
    }
    node = notInTrie;
    index += length;
  }
  if (isInWord && spellsStopword(node)) common += 1;
  if (wordCount < minimumWords) {
    return { value: null, origin: `not enough text to tell (${wordCount} words)`, isInferred: true };
  }
  const share = Math.round((common / wordCount) * 100);
  if (common / wordCount >= englishThreshold) {
    return { value: 'en', origin: `common English words are ${share}% of ${wordCount} words`, isInferred: true };
  }
  return { value: null, origin: `not English: common English words are only ${share}% of ${wordCount} words`, isInferred: true };
}
