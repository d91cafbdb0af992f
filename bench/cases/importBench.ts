// Import throughput against a bare baseline: the same files read and inserted into one
// SQLite table with an FTS5 index in a single transaction. Both clocks cover only the import
// (the case file is closed after), and both see the same files already in the page cache.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkerParser } from '../../src/core/importing/FileParser';
import { Workbench } from '../../src/core/workbench';
import type { BenchCase, BenchRow } from '../BenchRow';
import { bbcFiles, filesUnder, generateCorpus, seedsDir } from '../corpora';
import { measure } from '../measure';

function importBaseline(files: string[], dir: string): void {
  const db = new Database(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT, body TEXT) STRICT;
    CREATE VIRTUAL TABLE docs_fts USING fts5(body, content = 'docs', content_rowid = 'id');`);
  const insert = db.prepare('INSERT INTO docs (name, body) VALUES (?, ?)');
  const index = db.prepare('INSERT INTO docs_fts (rowid, body) VALUES (?, ?)');
  db.transaction(() => {
    for (const file of files) {
      const body = readFileSync(file, 'utf8');
      index.run(insert.run(file, body).lastInsertRowid, body);
    }
  })();
  db.close();
}

type Measured = Awaited<ReturnType<typeof measure>>;

const byTime = (a: Measured, b: Measured) => a.ms - b.ms;
const medianOf = <T extends Measured>(runs: T[]): T => {
  const median = [...runs].sort(byTime)[Math.floor((runs.length - 1) / 2)];
  if (!median) throw new Error('no runs');
  return median;
};

/**
 * Imports the files `runs` times, each into a new case beside a new baseline database, the two
 * taking turns so drift on a shared machine touches both alike, and reports the median run of
 * each. A corpus small enough to run several times is dominated by code running for the first
 * time in the process; that first run is reported on its own line.
 */
async function benchCorpus(
  label: string,
  files: string[],
  runs = 1,
): Promise<{ rows: BenchRow[]; ms: number; baselineMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024;
    const baselines: Measured[] = [];
    const imports: (Measured & { failed: number })[] = [];
    for (let run = 0; run < runs; run += 1) {
      const runDir = join(dir, String(run));
      mkdirSync(runDir);
      baselines.push(await measure(() => importBaseline(files, runDir)));
      const workbench = Workbench.open(join(runDir, 'case.tri'));
      const ours = await measure(() => workbench.importPaths(files));
      workbench.close();
      imports.push({ ...ours, failed: ours.result.failed.length });
      // A 50k case and its baseline take about 700 MB: one run's files at a time.
      rmSync(runDir, { recursive: true, force: true });
    }
    const baseline = medianOf(baselines);
    const ours = medianOf(imports);
    const first = imports[0];
    const peakRssMb = Math.max(...imports.map((run) => run.peakRssMb));
    const name = `import ${label} (${files.length.toLocaleString('en')} docs, ${megabytes.toFixed(1)} MB${ours.failed ? `, ${ours.failed} failed` : ''}${runs > 1 ? `, median of ${runs}` : ''})`;
    const perSecond = (ms: number) => files.length / (ms / 1000);
    const rows: BenchRow[] = [
      { case: name, metric: 'time', value: ours.ms / 1000, unit: 's', baseline: baseline.ms / 1000, target: '≤ 3× baseline' },
      { case: name, metric: 'CPU time', value: ours.cpuMs / 1000, unit: 's', baseline: baseline.cpuMs / 1000 },
      { case: name, metric: 'throughput', value: perSecond(ours.ms), unit: 'docs/s', baseline: perSecond(baseline.ms) },
      { case: name, metric: 'throughput', value: megabytes / (ours.ms / 1000), unit: 'MB/s', baseline: megabytes / (baseline.ms / 1000) },
      { case: name, metric: 'peak memory', value: peakRssMb, unit: 'MB (RSS)' },
    ];
    if (runs > 1 && first) {
      rows.push({ case: name, metric: 'first run in the process', value: first.ms / 1000, unit: 's', baseline: (baselines[0]?.ms ?? 0) / 1000 });
    }
    return { ms: ours.ms, baselineMs: baseline.ms, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the parse workers before any clock runs, as a running app has them from its first
 * import on: from source they are compiled by tsx when they start, which the built app never does.
 */
async function startParseWorkers(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-warm-'));
  try {
    const workbench = Workbench.open(join(dir, 'warm.tri'));
    await workbench.importPaths(bbcFiles().slice(0, 32));
    workbench.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const importBench: BenchCase = async () => {
  const rows: BenchRow[] = [];
  await startParseWorkers();
  rows.push({ case: 'import: parse worker threads beside the writing thread', metric: 'workers', value: WorkerParser.sizeFor(), unit: '' });
  rows.push(...(await benchCorpus('seeds', filesUnder(seedsDir), 7)).rows);
  // Five runs: the first is cold and the next two still run code that is being optimised, so a
  // median of three reported a partly warm run. The first run keeps its own line.
  rows.push(...(await benchCorpus('bbc-news', bbcFiles(), 5)).rows);
  const generatedDir = mkdtempSync(join(tmpdir(), 'triangulate-generated-'));
  try {
    const all = generateCorpus(generatedDir, 50_000);
    // Both sides of the growth ratio are medians of three: one 50k run varies by ±2 s (±9%) on a
    // shared machine, more than the margin the target leaves.
    const small = await benchCorpus('generated 5k', all.slice(0, 5_000), 3);
    const large = await benchCorpus('generated 50k', all, 3);
    rows.push(...small.rows, ...large.rows);
    rows.push({
      case: 'import growth 5k → 50k docs',
      metric: 'time ratio',
      value: large.ms / small.ms,
      unit: '×',
      // How the bare baseline grows over the same files: SQLite's own share of the growth.
      baseline: large.baselineMs / small.baselineMs,
      target: '≤ 11×',
    });
  } finally {
    rmSync(generatedDir, { recursive: true, force: true });
  }
  return rows;
};
