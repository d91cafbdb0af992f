import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seededRandom';
import { useTempDir } from '../../helpers/tempDir';
import { writeArticles } from '../../helpers/writeArticles';

const trials = 10;
const articlesPerTrial = 200;
const childScript = join(import.meta.dirname, '../../fixtures/importInChild.ts');

function importThenKill(casePath: string, folder: string, delayMs: number): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, casePath, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve('killed') : code === 0 ? resolve('finished') : reject(new Error(`child failed (${code}): ${stderr}`)),
    );
  });
}

describe('killing the process during an import', () => {
  const tempDir = useTempDir();

  it('never leaves half a source: every source is whole or absent, and the file passes integrity_check', async () => {
    const casePath = join(tempDir(), 'killed.tri');
    const random = seededRandom(5);
    let kills = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      // New articles every trial, so each run has real writes in flight when it is killed.
      const folder = join(tempDir(), `articles-${trial}`);
      writeArticles(folder, articlesPerTrial, trial * articlesPerTrial);
      const outcome = await importThenKill(casePath, folder, 30 + Math.floor(random() * 300));
      if (outcome === 'killed') kills += 1;
      const db = new Database(casePath);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.prepare("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')").run();
      const broken = db
        .prepare(
          `SELECT s.id FROM sources s
           WHERE s.sentence_count != (SELECT count(*) FROM sentences WHERE source_id = s.id)
              OR json_array_length(s.paragraph_spans) = 0
              OR NOT EXISTS (SELECT 1 FROM audit_log WHERE entity_type = 'source' AND entity_id = CAST(s.id AS TEXT))`,
        )
        .all();
      expect(broken).toEqual([]);
      db.close();
    }
    // The kills must have landed mid-import for the test to mean anything.
    expect(kills).toBeGreaterThanOrEqual(trials / 2);
  });
});
