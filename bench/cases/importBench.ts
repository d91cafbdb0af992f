// Import throughput against a bare baseline: the same files read and inserted into one
// SQLite table with an FTS5 index in a single transaction. Both clocks cover only the import
// (the case file is closed after), and both see the same files already in the page cache.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
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

async function benchCorpus(label: string, files: string[]): Promise<{ rows: BenchRow[]; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-'));
  try {
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024;
    const baseline = await measure(() => importBaseline(files, dir));
    const workbench = Workbench.open(join(dir, 'case.tri'));
    const ours = await measure(() => workbench.importPaths(files));
    workbench.close();
    const failed = ours.result.failed.length;
    const name = `import ${label} (${files.length.toLocaleString('en')} docs, ${megabytes.toFixed(1)} MB${failed ? `, ${failed} failed` : ''})`;
    const perSecond = (ms: number) => files.length / (ms / 1000);
    return {
      ms: ours.ms,
      rows: [
        { case: name, metric: 'time', value: ours.ms / 1000, unit: 's', baseline: baseline.ms / 1000, target: '≤ 3× baseline' },
        { case: name, metric: 'CPU time', value: ours.cpuMs / 1000, unit: 's', baseline: baseline.cpuMs / 1000 },
        { case: name, metric: 'throughput', value: perSecond(ours.ms), unit: 'docs/s', baseline: perSecond(baseline.ms) },
        { case: name, metric: 'throughput', value: megabytes / (ours.ms / 1000), unit: 'MB/s', baseline: megabytes / (baseline.ms / 1000) },
        { case: name, metric: 'peak memory', value: ours.peakRssMb, unit: 'MB (RSS)' },
      ],
    };
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
  rows.push(...(await benchCorpus('seeds', filesUnder(seedsDir))).rows);
  rows.push(...(await benchCorpus('bbc-news', bbcFiles())).rows);
  const generatedDir = mkdtempSync(join(tmpdir(), 'triangulate-generated-'));
  try {
    const all = generateCorpus(generatedDir, 50_000);
    const small = await benchCorpus('generated 5k', all.slice(0, 5_000));
    const large = await benchCorpus('generated 50k', all);
    rows.push(...small.rows, ...large.rows);
    rows.push({
      case: 'import growth 5k → 50k docs',
      metric: 'time ratio',
      value: large.ms / small.ms,
      unit: '×',
      target: '≤ 11×',
    });
  } finally {
    rmSync(generatedDir, { recursive: true, force: true });
  }
  return rows;
};
