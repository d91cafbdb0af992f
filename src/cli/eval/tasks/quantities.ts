// `eval quantities <quantities.jsonl>`: numbers with units in news sentences. One case per
// line: `{id, split, context, quantities: [{text, kind, value, baseUnit}]}`, every quantity of
// the sentence listed, `value` in base units. A found quantity is right when it overlaps a gold
// one of the same kind and base unit whose value it matches to 0.5 %. Scores per split.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { findMeasures } from '../../../core/language/quantities/findMeasures';
import { readGoldLines } from '../readGoldLines';
import { emptyTally, spanOf, splitScores, tallySentence, type SplitScores, type Tally } from '../spanScores';

const QuantityCase = z.object({
  id: z.string(),
  split: z.string(),
  context: z.string(),
  quantities: z.object({ text: z.string(), kind: z.string(), value: z.number(), baseUnit: z.string().nullable() }).array(),
});

const valueTolerance = 0.005;

export async function runQuantitiesTask(file: string): Promise<{ task: 'quantities'; [split: string]: SplitScores | string }> {
  const cases = readGoldLines(await readFile(file, 'utf8'), file, QuantityCase);
  const tallies = new Map<string, Tally>();
  for (const item of cases) {
    const tally = tallies.get(item.split) ?? emptyTally();
    tallies.set(item.split, tally);
    const gold = item.quantities.map((quantity) => ({ ...quantity, ...spanOf(item.context, quantity.text, `${file} ${item.id}`) }));
    tallySentence(tally, gold, findMeasures(item.context), (expected, found) =>
      expected.kind === found.kind && expected.baseUnit === found.baseUnit && Math.abs(found.value - expected.value) <= Math.abs(expected.value) * valueTolerance,
    );
  }
  return { task: 'quantities', ...Object.fromEntries([...tallies].sort().map(([split, tally]) => [split, splitScores(tally)])) };
}
