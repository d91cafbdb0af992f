import { readFile } from 'node:fs/promises';
import { entityTypes, parseConll, spansFromTags } from '../../../core/claims/ner/parseConll';
import type { EntityType } from '../../../core/claims/ner/parseConll';
import { recogniseEntities } from '../../../core/claims/ner/recogniseEntities';

interface Tally {
  truePositives: number;
  predicted: number;
  gold: number;
}

const f1 = ({ truePositives, predicted, gold }: Tally): number =>
  predicted + gold === 0 ? 0 : (2 * truePositives) / (predicted + gold);
const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/** `ner`: exact-span entity F1 (CoNLL convention) of the claim engine's recogniser on a CoNLL file. */
export async function runNerTask(file: string): Promise<object> {
  const sentences = parseConll(await readFile(file, 'utf8'));
  const tallies = new Map<EntityType, Tally>(entityTypes.map((type) => [type, { truePositives: 0, predicted: 0, gold: 0 }]));
  for (const { tokens, tags } of sentences) {
    const gold = spansFromTags(tags);
    const predicted = recogniseEntities(tokens);
    const goldKeys = new Set(gold.map((span) => `${span.start}:${span.end}:${span.type}`));
    for (const span of gold) {
      const tally = tallies.get(span.type);
      if (tally) tally.gold += 1;
    }
    for (const span of predicted) {
      const tally = tallies.get(span.type);
      if (!tally) continue;
      tally.predicted += 1;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) tally.truePositives += 1;
    }
  }
  const overall = [...tallies.values()].reduce(
    (sum, tally) => ({
      truePositives: sum.truePositives + tally.truePositives,
      predicted: sum.predicted + tally.predicted,
      gold: sum.gold + tally.gold,
    }),
    { truePositives: 0, predicted: 0, gold: 0 },
  );
  return {
    task: 'ner',
    f1: round(f1(overall)),
    precision: round(overall.predicted ? overall.truePositives / overall.predicted : 0),
    recall: round(overall.gold ? overall.truePositives / overall.gold : 0),
    perType: Object.fromEntries(entityTypes.map((type) => [type, round(f1(tallies.get(type) ?? { truePositives: 0, predicted: 0, gold: 0 }))])),
    sentences: sentences.length,
  };
}
