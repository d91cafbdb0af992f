import { readFile } from 'node:fs/promises';
import { scoreStance } from '../../../core/claims/stance/crossValidateStance';
import { readEmergentCsv } from '../../../core/claims/stance/readEmergentCsv';
import learnedModel from '../../../core/claims/stance/stanceModel.json';
import type { StanceModel } from '../../../core/claims/stance/StanceModel';

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * `stance` on an Emergent CSV: the weights the engine ships (learned from the train split by
 * scripts/learn-stance.ts) scored on the given file. On the train split itself that figure is
 * in-sample; the learning script prints the cross-validated one.
 */
export async function runStanceTask(file: string): Promise<object> {
  const rows = readEmergentCsv(await readFile(file, 'utf8'));
  if (rows.length === 0) throw new Error(`${file} has no rows with claimHeadline, articleHeadline and a for/against/observing stance`);
  const shipped = scoreStance(rows, learnedModel as StanceModel);
  return { task: 'stance', accuracy: round(shipped.accuracy), macroF1: round(shipped.macroF1), n: rows.length };
}
