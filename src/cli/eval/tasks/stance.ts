import { readFile } from 'node:fs/promises';
import { crossValidateStance, scoreStance } from '../../../core/claims/stance/crossValidateStance';
import { readEmergentCsv } from '../../../core/claims/stance/readEmergentCsv';
import learnedModel from '../../../core/claims/stance/stanceModel.json';
import type { StanceModel } from '../../../core/claims/stance/StanceModel';

const round = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * `stance` on an Emergent CSV. The headline figures are 10-fold cross-validated with folds
 * grouped by claim (never in-sample); `shippedModel` scores the weights the engine ships
 * (learned from the train split), which is the honest figure on any other split.
 */
export async function runStanceTask(file: string): Promise<object> {
  const rows = readEmergentCsv(await readFile(file, 'utf8'));
  if (rows.length === 0) throw new Error(`${file} has no rows with claimHeadline, articleHeadline and a for/against/observing stance`);
  const crossValidated = crossValidateStance(rows);
  const shipped = scoreStance(rows, learnedModel as StanceModel);
  return {
    task: 'stance',
    accuracy: round(crossValidated.accuracy),
    macroF1: round(crossValidated.macroF1),
    n: crossValidated.n,
    shippedModel: { accuracy: round(shipped.accuracy), macroF1: round(shipped.macroF1) },
  };
}
