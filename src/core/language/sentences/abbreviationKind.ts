// English abbreviations the segmenter must know by name. Initials ("J.") and dotted
// initialisms ("U.S.", "a.m.") are recognised by shape instead, so they are not listed.
import { fullStop, isLetter } from './characterClasses';

/**
 * - `title`: stands before a name (Mr., Gen., St.); a following capital is the name.
 * - `final`: may end a sentence (Inc., Jr., etc.) or sit inside one (Co. at noon, Inc. Chief Executive).
 * - `number`: stands before a number (No. 10, pp. 4, Jan. 5); elsewhere it is a plain word.
 * - `never-final`: introduces what follows (e.g., vs.), so it never ends a sentence.
 */
export type AbbreviationKind = 'title' | 'final' | 'number' | 'never-final';

const kindsByWord = new Map<string, AbbreviationKind>();
const add = (kind: AbbreviationKind, words: string) => {
  for (const word of words.split(' ')) kindsByWord.set(word, kind);
};

add(
  'title',
  'mr mrs ms mx messrs mssrs mmes mme mlle dr drs prof sir dame rev msgr hon pres supt gen gens col lt lieut sgt cpl pte pvt pfc sfc ens maj capt cmdr comdr cdr adm brig gov sen sens rep reps amb atty attys asst insp det fr br mt mtn ft st',
);
add(
  'final',
  'inc ltd co corp plc bros assn dept univ esq etc al jr sr ed eds ave blvd rd hwy fwy expy sq ct bldg hosp dist mfg fed',
);
// US states and Canadian provinces as wire copy abbreviates them ("Redding, Calif."); the ones
// that are also words (Ill., Miss., Mass., Wash.) are read as words unless a capital follows.
add(
  'final',
  'ala ariz ark calif colo conn dak del fla ga ida ind kan kans ky la md mich minn mo mont neb nebr nev okla ore pa penn penna tenn tex va vt wis wisc wyo alta sask ont que yuk ill miss mass wash',
);
// Months count as `number`: "Jan. 5" goes on, but a month never stands before a name, so
// "… Ant and Dec. Natalie …" ends a sentence.
add('number', 'no nos nr nº n° p pp vol vols fig figs art arts ch chap sec para paras op est tel ext ref rs fn');
add('number', 'jan feb mar apr jun jul aug sep sept oct nov dec');
add('never-final', 'vs v cf viz approx appx incl esp ca e.g i.e resp');

const longestAbbreviation = Math.max(...Array.from(kindsByWord.keys(), (word) => word.length));

/** The kind of abbreviation `word` (without its full stop) is, or undefined for a plain word. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  // Most words before a full stop are longer than any abbreviation, and lower-casing never
  // shortens a word, so those need no further look.
  if (word.length > longestAbbreviation) return undefined;
  // "MS", "DEC", "US": an upper-case word of two or more letters is an acronym, which
  // ends a sentence like any other word.
  if (isAcronym(word)) return undefined;
  return kindsByWord.get(word.toLowerCase());
}

const acronymPattern = /^\p{Lu}{2,}$/u;

/** "US", "DEC", "NATO": two or more letters, all upper case. */
export function isAcronym(word: string): boolean {
  return acronymPattern.test(word);
}

/** "U.S", "a.m", "Ph.D", "e.g" (the final stop is not part of the word). */
export function isDottedInitialism(word: string): boolean {
  if (word.length < 3) return false;
  let letters = 0;
  let index = 0;
  while (index < word.length) {
    let runLength = 0;
    while (index < word.length && word.charCodeAt(index) !== fullStop) {
      // A run of three letters already rules the word out; most words are read no further.
      if (!isLetter(word.charCodeAt(index)) || runLength === 2) return false;
      runLength++;
      index++;
    }
    if (runLength === 0) return false;
    letters++;
    index++;
  }
  return letters >= 2;
}
