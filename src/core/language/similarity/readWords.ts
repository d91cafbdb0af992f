// One sentence read once for the similarity: its words as the vectors know them, their lemmas
// from wink-nlp's English model (shipped inside wink-eng-lite-web-model), which are content
// words, and how many negations it has.
import { englishNlp, lemmaIts } from '../lemmas/englishNlp';

export interface ReadWord {
  /** Lower case, plain apostrophes: the form the word vectors are keyed by. */
  value: string;
  lemma: string;
  isContent: boolean;
  /** Proper names must match exactly: a name's vector neighbour is another place or person. */
  isName: boolean;
  /** In the scope of a negation, as wink-nlp's negation pipe marks it ("not killed*", "no casualties*"). */
  isNegated: boolean;
}

export interface ReadSentence {
  words: ReadWord[];
  /** Negating words ("not", "n't", "never", "no", "nobody"…); only the parity is used. */
  negations: number;
}

// "no"/"nobody"/"none" negate too: "no casualties" and "nobody was killed" both carry one, so
// their parities agree, while "was killed" and "was not killed" differ.
const negatingWords = new Set([
  'not', "n't", 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without', 'noone',
]);
// Words that carry no content of their own for the alignment (auxiliaries, articles,
// pronouns, prepositions), found by part of speech so the list stays with the model.
const functionTags = new Set(['AUX', 'DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'SPACE', 'X', 'INTJ']);

export function readSentence(text: string): ReadSentence {
  const nlp = englishNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const lemmas = doc.tokens().out(lemmaIts());
  const tags = doc.tokens().out(its.pos);
  const types = doc.tokens().out(its.type);
  const negationFlags = doc.tokens().out(its.negationFlag);
  const words: ReadWord[] = [];
  let negations = 0;
  values.forEach((raw, index) => {
    const type = types[index];
    if (type !== 'word' && type !== 'number') return;
    const value = raw.toLowerCase().replace(/[’ʼ]/g, "'");
    if (negatingWords.has(value)) negations += 1;
    const tag = tags[index] ?? 'X';
    words.push({ value, lemma: (lemmas[index] ?? value).toLowerCase(), isContent: !functionTags.has(tag) && !negatingWords.has(value), isName: tag === 'PROPN' || type === 'number', isNegated: negationFlags[index] === true });
  });
  return { words, negations };
}
