// One wink-nlp reader over its English model (wink-eng-lite-web-model, shipped in its npm
// package), shared by the lemmatiser and the similarity so the model is loaded once.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const englishNlp = winkNLP(model, ['pos', 'negation']);

// wink-nlp 2.4's types give `its.lemma` the raw-document signature it has inside the library,
// so the documented call `tokens().out(its.lemma)` does not type-check. At run time it is an
// ItsFunction like `its.pos`; this is the one place that says so.
export const lemmaIts = englishNlp.its.lemma as unknown as ItsFunction<string>;
