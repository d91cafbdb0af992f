// Features of a (claim, report) pair for stance: does the report support the claim, deny it, or
// merely relay it. After Ferreira & Vlachos (2016): refuting and hedging cue words, a question
// mark, claim-report overlap, plus the report's own words.

/** Cue words that mark a denial or debunking (Ferreira & Vlachos's refuting lexicon, extended). */
const refutingWords = new Set([
  'fake', 'fraud', 'hoax', 'false', 'deny', 'denies', 'denied', 'denial', 'not', 'no', 'never', 'despite',
  'nope', 'doubt', 'doubts', 'bogus', 'debunk', 'debunked', 'debunks', 'prank', 'pranks', 'retract', 'retracts',
  'retracted', 'untrue', 'myth', 'rejects', 'rejected', 'dismisses', 'dismissed', 'refutes', 'refuted', 'isn',
  'wasn', 'didn', 'doesn', 'satire', 'satirical', 'misleading', 'wrong',
]);

/** Cue words that mark a report relaying a claim without vouching for it. */
const hedgingWords = new Set([
  'alleged', 'allegedly', 'apparently', 'appear', 'appears', 'claim', 'claims', 'claimed', 'could', 'evidently',
  'largely', 'likely', 'mainly', 'may', 'maybe', 'might', 'mostly', 'perhaps', 'presumably', 'probably',
  'purported', 'purportedly', 'reported', 'reportedly', 'rumor', 'rumour', 'rumors', 'rumours', 'rumored',
  'rumoured', 'says', 'said', 'seem', 'seems', 'somewhat', 'supposedly', 'unconfirmed', 'report', 'reports',
  'according', 'suggests', 'suggest', 'possibly', 'if', 'whether', 'sources', 'believed',
]);

const stopWords = new Set(
  'a an the of to in on for and or but with by at from as is are was were be been it its this that these those has have had will would'.split(' '),
);

export function stanceWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9]+/g) ?? [];
}

/**
 * The features of `report` that do not depend on the claim, in the order `stanceFeatures`
 * lists them, with what the pair features need: the report's content words and refuting words.
 */
export function reportFeatures(report: string): { features: string[]; content: Set<string>; refuting: string[] } {
  const reportWords = stanceWords(report);
  const features = new Set<string>(['bias']);
  const refuting: string[] = [];
  let hedging = 0;
  for (const word of reportWords) {
    if (refutingWords.has(word)) {
      refuting.push(word);
      features.add(`refute:${word}`);
    }
    if (hedgingWords.has(word)) {
      hedging += 1;
      features.add(`hedge:${word}`);
    }
    if (!stopWords.has(word)) features.add(`word:${word}`);
  }
  if (refuting.length > 0) features.add('has-refuting');
  if (hedging > 0) features.add('has-hedging');
  if (report.includes('?')) features.add('has-question');
  return { features: [...features], content: new Set(reportWords.filter((word) => !stopWords.has(word))), refuting };
}

/** The claim's content words, as `stanceFeatures` compares them with the report's. */
export function claimWords(claim: string): Set<string> {
  return new Set(stanceWords(claim).filter((word) => !stopWords.has(word)));
}

/** The features that depend on both texts, in `stanceFeatures` order: overlap, then refute-not-in-claim. */
export function pairFeatures(claim: ReadonlySet<string>, report: { content: ReadonlySet<string>; refuting: readonly string[] }): string[] {
  let shared = 0;
  for (const word of claim) if (report.content.has(word)) shared += 1;
  const overlap = claim.size === 0 ? 0 : shared / claim.size;
  const features = [`overlap:${Math.min(4, Math.floor(overlap * 5))}`];
  if (report.refuting.some((word) => !claim.has(word))) features.push('refute-not-in-claim');
  return features;
}

/** Sparse binary features, named so the learned weights stay readable. */
export function stanceFeatures(claim: string, report: string): string[] {
  const reportWords = stanceWords(report);
  const claimWords = new Set(stanceWords(claim).filter((word) => !stopWords.has(word)));
  const features = new Set<string>(['bias']);
  let refuting = 0;
  let hedging = 0;
  for (const word of reportWords) {
    if (refutingWords.has(word)) {
      refuting += 1;
      features.add(`refute:${word}`);
    }
    if (hedgingWords.has(word)) {
      hedging += 1;
      features.add(`hedge:${word}`);
    }
    if (!stopWords.has(word)) features.add(`word:${word}`);
  }
  if (refuting > 0) features.add('has-refuting');
  if (hedging > 0) features.add('has-hedging');
  if (report.includes('?')) features.add('has-question');
  const reportContent = new Set(reportWords.filter((word) => !stopWords.has(word)));
  let shared = 0;
  for (const word of claimWords) if (reportContent.has(word)) shared += 1;
  const overlap = claimWords.size === 0 ? 0 : shared / claimWords.size;
  features.add(`overlap:${Math.min(4, Math.floor(overlap * 5))}`);
  // A refuting word the claim itself lacks is the strongest sign of a denial.
  for (const word of reportWords) if (refutingWords.has(word) && !claimWords.has(word)) features.add('refute-not-in-claim');
  return [...features];
}
