import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityOf } from '../../helpers/caseSnapshot';
import { cli } from '../../helpers/runTriangulate';
import { useTempDir } from '../../helpers/tempDir';
import { writeArticles } from '../../helpers/writeArticles';

const cliMain = join(import.meta.dirname, '../../../src/cli/main.ts');

function triangulate(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cliMain, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('several programs writing one case at once', () => {
  const temp = useTempDir();

  it('three imports and an analysis started together all finish or say the case is busy (75); none is lost or half-written', async () => {
    const casePath = join(temp(), 'shared.tri');
    expect((await cli('sample', '--case', casePath)).code).toBe(0);
    const folders = [0, 1, 2].map((index) => {
      const folder = join(temp(), `articles-${index}`);
      writeArticles(folder, 60, index * 1000, 30 + index);
      return folder;
    });
    const runs = await Promise.all([
      ...folders.map((folder) => triangulate(['import', '--case', casePath, folder])),
      triangulate(['claims', '--case', casePath]),
    ]);
    for (const run of runs) {
      expect([0, 75], run.stderr).toContain(run.code);
      if (run.code === 75) expect(run.stderr).toMatch(/another program/i);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(integrityOf(casePath)).toBe('ok');
    const db = new Database(casePath, { readonly: true });
    const sources = (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;
    const half = (db.prepare('SELECT count(*) AS n FROM sources s WHERE s.sentence_count != (SELECT count(*) FROM sentences WHERE source_id = s.id)').get() as { n: number }).n;
    db.close();
    const finishedImports = runs.slice(0, 3).filter((run) => run.code === 0).length;
    expect(half).toBe(0);
    // An import told "busy" mid-way keeps the batches it had committed, each whole.
    if (finishedImports === 3) expect(sources).toBe(5 + 180);
    else expect(sources).toBeGreaterThanOrEqual(5 + 60 * finishedImports);
  }, 120_000);
});
