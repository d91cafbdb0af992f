// The gold of one claims case (`eval/cases/<name>/gold.json`): the articles of one event in a
// public corpus and, as an analyst read them, the claims each makes with exact evidence
// phrases, the conflicts between outlets and the counts that evolved over time.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Evidence = z.tuple([z.string(), z.string()]);

const GoldClaim = z.object({
  id: z.string(),
  frame: z.string(),
  subject: z.string(),
  value: z.string(),
  /** `[article, phrase]`: the phrase occurs verbatim (white space aside) in the article's clean text. */
  evidence: Evidence.array().min(1),
});

const GoldPair = z.object({ between: z.tuple([z.string(), z.string()]), note: z.string() });

export const ClaimsGold = z.object({
  name: z.string(),
  split: z.enum(['dev', 'report']),
  event: z.string(),
  /** Folder of the articles, relative to the corpora root. */
  corpus: z.string(),
  articles: z.string().array().min(2),
  claims: GoldClaim.array(),
  conflicts: GoldPair.array(),
  histories: GoldPair.array(),
});

export type ClaimsGold = z.infer<typeof ClaimsGold>;

/** Reads and checks a gold file; every claim a conflict or history names must exist. */
export function readClaimsGold(file: string): ClaimsGold {
  const parsed = ClaimsGold.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  const gold = parsed.data;
  const ids = new Set(gold.claims.map((claim) => claim.id));
  for (const pair of [...gold.conflicts, ...gold.histories]) {
    for (const id of pair.between) if (!ids.has(id)) throw new Error(`${file}: unknown claim "${id}"`);
  }
  for (const claim of gold.claims) {
    for (const [article] of claim.evidence) if (!gold.articles.includes(article)) throw new Error(`${file}: ${claim.id}: article "${article}" is not in the case`);
  }
  return gold;
}

/** Where `phrase` occurs in `text`, white space and quote styles aside, or null. */
export function locatePhrase(text: string, phrase: string): { start: number; end: number } | null {
  const words = phrase.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/["“”]/g, '["“”]').replace(/['‘’]/g, "['‘’]"));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
