// `eval dates <dates.jsonl>`: date expressions in news sentences resolved against the
// publication date. One case per line: `{id, split, published, context, dates: [{text, from,
// to, instant?}]}`, every day-naming expression of the sentence listed (none for a sentence
// whose look-alikes name no day). Scores per split, as precision and recall.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { findDateMentions } from '../../../core/language/dates/findDateMentions';
import { readGoldLines } from '../readGoldLines';
import { emptyTally, spanOf, splitScores, tallySentence, type SplitScores, type Tally } from '../spanScores';

const DateCase = z.object({
  id: z.string(),
  split: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  context: z.string(),
  dates: z.object({ text: z.string(), from: z.string(), to: z.string(), instant: z.string().optional() }).array(),
});

export async function runDatesTask(file: string): Promise<{ task: 'dates'; [split: string]: SplitScores | string }> {
  const cases = readGoldLines(await readFile(file, 'utf8'), file, DateCase);
  const tallies = new Map<string, Tally>();
  for (const item of cases) {
    const tally = tallies.get(item.split) ?? emptyTally();
    tallies.set(item.split, tally);
    const gold = item.dates.map((date) => ({ ...date, ...spanOf(item.context, date.text, `${file} ${item.id}`) }));
    const found = findDateMentions(item.context, 0, item.context.length, item.published);
    tallySentence(tally, gold, found, (expected, mention) =>
      expected.from === mention.from && expected.to === mention.to && (expected.instant === undefined || expected.instant === mention.instant),
    );
  }
  return { task: 'dates', ...Object.fromEntries([...tallies].sort().map(([split, tally]) => [split, splitScores(tally)])) };
}
