// Learns the stance weights from an Emergent CSV and writes src/core/claims/stance/stanceModel.json;
// prints the claim-grouped cross-validated figures first. Usage: npx tsx scripts/learn-stance.ts [train.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crossValidateStance } from '../src/core/claims/stance/crossValidateStance';
import { readEmergentCsv } from '../src/core/claims/stance/readEmergentCsv';
import { trainStanceModel } from '../src/core/claims/stance/trainStanceModel';

const trainFile = process.argv[2] ?? '../shared/corpora/emergent/url-versions-2015-06-14-clean-train.csv';
const outputFile = fileURLToPath(new URL('../src/core/claims/stance/stanceModel.json', import.meta.url));
const rows = readEmergentCsv(readFileSync(trainFile, 'utf8'));
process.stdout.write(`cross-validated (10 folds by claim): ${JSON.stringify(crossValidateStance(rows))}\n`);
const model = trainStanceModel(rows);
writeFileSync(outputFile, `${JSON.stringify(model)}\n`);
process.stdout.write(`${Object.keys(model.weights).length} features -> ${outputFile}\n`);
