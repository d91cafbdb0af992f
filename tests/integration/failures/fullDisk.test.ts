import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, stackFrame } from '../../helpers/runTriangulate';
import { integrityOf } from '../../helpers/caseSnapshot';
import { useTempDir } from '../../helpers/tempDir';
import { writeArticles } from '../../helpers/writeArticles';

/**
 * A real full disk: a 1 MB tmpfs. Mounting needs root (or CAP_SYS_ADMIN); where the machine
 * will not mount one, the suite says so and skips rather than faking the disk.
 */
const mountPoint = join('/tmp', `triangulate-full-disk-${process.pid}`);
let mountRefusal: string | undefined;
beforeAll(() => {
  mkdirSync(mountPoint, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) mountRefusal = (mounted.stderr || String(mounted.error ?? 'mount failed')).trim();
});
afterAll(() => {
  if (!mountRefusal) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe('a disk that fills up', () => {
  const temp = useTempDir();

  it('an import that fills the disk stops with one sentence and exit 74; what it committed is whole', async (context) => {
    if (mountRefusal) context.skip(`no tmpfs could be mounted here: ${mountRefusal}`);
    const casePath = join(mountPoint, 'case.tri');
    const articles = join(temp(), 'articles');
    writeArticles(articles, 200, 0, 21);
    const run = await cli('import', '--case', casePath, articles);
    expect(run.code).toBe(74);
    expect(run.stderr).toMatch(/disk .*is full/i);
    expect(run.stderr).not.toMatch(stackFrame);
    expect(integrityOf(casePath)).toBe('ok');
    const db = new Database(casePath, { readonly: true });
    const half = db
      .prepare('SELECT count(*) AS n FROM sources s WHERE s.sentence_count != (SELECT count(*) FROM sentences WHERE source_id = s.id)')
      .get() as { n: number };
    db.close();
    expect(half.n).toBe(0);
  });

  it('an export onto a full disk stops with exit 74 and leaves no partial file behind', async (context) => {
    if (mountRefusal) context.skip(`no tmpfs could be mounted here: ${mountRefusal}`);
    const casePath = join(temp(), 'sample.tri');
    expect((await cli('sample', '--case', casePath)).code).toBe(0);
    const before = readdirSync(mountPoint);
    const run = await cli('export', '--case', casePath, '--format', 'html', '--appendix', '--out', join(mountPoint, 'dossier.html'));
    expect(run.code).toBe(74);
    expect(run.stderr).toMatch(/disk .*is full/i);
    expect(run.stderr).not.toMatch(stackFrame);
    expect(readdirSync(mountPoint)).toEqual(before);
  });
});
