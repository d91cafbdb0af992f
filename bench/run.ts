// `npm run bench [-- name…]`: runs the bench cases and prints their figures as a table, with
// the ratio to a baseline measured in the same process where one exists.
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTable } from '../src/cli/formatTable';
import type { BenchCase, BenchRow } from './BenchRow';
import { claimsBench } from './cases/claimsBench';
import { claimTableBench } from './cases/claimTableBench';
import { compareBench } from './cases/compareBench';
import { compareViewBench } from './cases/compareViewBench';
import { dossierBench } from './cases/dossierBench';
import { importBench } from './cases/importBench';

const benchCases: Record<string, BenchCase> = {
  import: importBench,
  compare: compareBench,
  claims: claimsBench,
  'compare-view': compareViewBench,
  dossier: dossierBench,
  'claim-table': claimTableBench,
};

const wanted = process.argv.slice(2);
const selected = Object.entries(benchCases).filter(([name]) => wanted.length === 0 || wanted.includes(name));
const rows: BenchRow[] = [];
for (const [name, run] of selected) {
  process.stderr.write(`bench: ${name}…\n`);
  const caseRows = await run();
  rows.push(...caseRows);
  process.stderr.write(`${formatRows(caseRows)}\n\n`);
}

function formatRows(list: BenchRow[]): string {
  const number = (value: number) =>
    value >= 100 ? Math.round(value).toLocaleString('en') : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
  return formatTable(list, [
    { title: 'case', cell: (row) => row.case, maxWidth: 70 },
    { title: 'metric', cell: (row) => row.metric },
    { title: 'value', cell: (row) => `${number(row.value)} ${row.unit}` },
    { title: 'baseline', cell: (row) => (row.baseline === undefined ? '' : `${number(row.baseline)} ${row.unit}`) },
    { title: 'ratio', cell: (row) => (row.baseline ? `${(row.value / row.baseline).toFixed(2)}×` : '') },
    { title: 'target', cell: (row) => row.target ?? '' },
  ]);
}

process.stdout.write(`${formatRows(rows)}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(rows, null, 2));
