// `npm run bench [-- name…]`: runs the bench cases and prints their figures as a table, with
// the ratio to a baseline measured in the same process where one exists. Each case runs in a
// process of its own, so no case's memory, JIT state or worker threads colour another's figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTable } from '../src/cli/formatTable';
import type { BenchCase, BenchRow } from './BenchRow';
import { claimsBench } from './cases/claimsBench';
import { claimTableBench } from './cases/claimTableBench';
import { cliStartBench } from './cases/cliStartBench';
import { compareBench, compareScaleBench } from './cases/compareBench';
import { compareViewBench } from './cases/compareViewBench';
import { dossierBench } from './cases/dossierBench';
import { importBench } from './cases/importBench';
import { languageBasicsBench } from './cases/languageBasicsBench';

const benchCases: Record<string, BenchCase> = {
  import: importBench,
  compare: compareBench,
  'compare-scale': compareScaleBench,
  claims: claimsBench,
  'compare-view': compareViewBench,
  dossier: dossierBench,
  'claim-table': claimTableBench,
  'language-basics': languageBasicsBench,
  'cli-start': cliStartBench,
};

/** Marks the one line of a case process's output that carries its rows. */
const rowsMarker = 'BENCH_ROWS ';

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

function runInChild(name: string): BenchRow[] {
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', import.meta.filename, '--one', name], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split('\n').find((text) => text.startsWith(rowsMarker));
  if (child.status !== 0 || !line) throw new Error(`bench case ${name} failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(line.slice(rowsMarker.length)) as BenchRow[];
}

const oneAt = process.argv.indexOf('--one');
if (oneAt !== -1) {
  const run = benchCases[process.argv[oneAt + 1] ?? ''];
  if (!run) throw new Error(`no bench case ${process.argv[oneAt + 1] ?? ''}`);
  process.stdout.write(`${rowsMarker}${JSON.stringify(await run())}\n`);
  // Idle worker threads or browser handles must not keep a finished case alive.
  process.exit(0);
}

const wanted = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const name of Object.keys(benchCases).filter((each) => wanted.length === 0 || wanted.includes(each))) {
  process.stderr.write(`bench: ${name}…\n`);
  const caseRows = runInChild(name);
  rows.push(...caseRows);
  process.stderr.write(`${formatRows(caseRows)}\n\n`);
}
process.stdout.write(`${formatRows(rows)}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`, JSON.stringify(rows, null, 2));
