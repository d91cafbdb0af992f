// One wink-nlp reader over its English model (wink-eng-lite-web-model, shipped in its npm
// package), shared by the lemmatiser and the similarity so the model is loaded once, and only
// when text is first read: the model is 3.8 MB of JavaScript that takes about 50 ms to parse
// and 60 ms to build, which `triangulate sources` (or the app's start) should not pay. So it
// is required at run time rather than imported, which also keeps it out of the CLI bundle.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { ItsFunction, Model } from 'wink-nlp';

type EnglishNlp = ReturnType<typeof winkNLP>;
let reader: EnglishNlp | undefined;

export function englishNlp(): EnglishNlp {
  if (!reader) {
    const require = createRequire(import.meta.url);
    const makeReader = require('wink-nlp') as typeof winkNLP;
    reader = makeReader(require('wink-eng-lite-web-model') as Model, ['pos', 'negation']);
  }
  return reader;
}

// wink-nlp 2.4's types give `its.lemma` the raw-document signature it has inside the library,
// so the documented call `tokens().out(its.lemma)` does not type-check. At run time it is an
// ItsFunction like `its.pos`; this is the one place that says so.
export const lemmaIts = (): ItsFunction<string> => englishNlp().its.lemma as unknown as ItsFunction<string>;
