import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeCliError } from '../../../src/cli/describeCliError';
import { cli, cliProcess, sha256Of, sidecarsOf, stackFrame } from '../../helpers/runTriangulate';
import { useSampleCaseCopies } from '../../helpers/sampleCaseCopies';
import { useTempDir } from '../../helpers/tempDir';

const article = 'Ministers met in Brussels on Tuesday to agree a new package of measures.\n\nThe package was welcomed by officials, who said it would take effect in May.\n';
const isRoot = process.getuid?.() === 0;
// As root, chmod 0444 does not stop a write; the read-only case is then opened by `nobody`.
const nobody = { uid: 65534, gid: 65534 };

describe('triangulate reports ordinary failures in one sentence with a sysexits code', () => {
  const tempDir = useTempDir();
  const sample = useSampleCaseCopies();
  afterEach(() => vi.unstubAllEnvs());

  const copyOfSample = (name: string): string => sample.copyTo(tempDir(), name);

  function newArticle(name = 'new-article.txt'): string {
    const path = join(tempDir(), name);
    writeFileSync(path, article);
    return path;
  }

  it('a case another connection holds in a write transaction: waits, then says another program is using it, exit 75', () => {
    const path = copyOfSample('locked.tri');
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const result = cliProcess(['import', newArticle(), '--case', path]);
      expect(result.stderr).toMatch(/Another program is using locked\.tri/);
      expect(result.stderr).not.toMatch(stackFrame);
      expect(result.code).toBe(75);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((JSON.parse((cliProcess(['sources', '--case', path, '--json'])).stdout) as unknown[]).length).toBe(5);
  });

  it('a read-only case is read without leaving -wal or -shm, and a write is refused in one sentence, exit 74', () => {
    const dir = tempDir();
    const path = copyOfSample('readonly.tri');
    const other = newArticle();
    chmodSync(path, 0o444);
    const options = isRoot ? { ...nobody, cwd: dir } : { cwd: dir };
    if (isRoot) chmodSync(dir, 0o777);
    const before = sha256Of(path);

    const read = cliProcess(['sources', '--case', path, '--json'], options);
    expect(read.code).toBe(0);
    expect((JSON.parse(read.stdout) as unknown[]).length).toBe(5);
    expect(read.stderr).toMatch(/readonly\.tri is read-only \(the file or its folder\), so Triangulate refuses to write to it/);
    expect(sidecarsOf(path)).toEqual([]);

    const write = cliProcess(['import', other, '--case', path], options);
    expect(write.code).toBe(74);
    expect(write.stderr).toMatch(/readonly\.tri is read-only \(the file or its folder\), so Triangulate refuses to write to it/);
    expect(write.stderr).not.toMatch(stackFrame);
    expect(sha256Of(path)).toBe(before);
    expect(sidecarsOf(path)).toEqual([]);
  });

  it('a case in a read-only folder (as on a read-only mount) is still read, from a copy, and a write is refused, exit 74', () => {
    const dir = join(tempDir(), 'mounted');
    mkdirSync(dir);
    const path = sample.copyTo(dir, 'mounted.tri');
    const other = newArticle();
    chmodSync(path, 0o666);
    chmodSync(dir, 0o555);
    if (isRoot) chmodSync(tempDir(), 0o777);
    const options = isRoot ? { ...nobody, cwd: tempDir() } : { cwd: tempDir() };
    const before = sha256Of(path);
    try {
      const read = cliProcess(['search', 'INTERFLEX', '--case', path, '--json'], options);
      expect(read.stderr).toMatch(/mounted\.tri is read-only \(the file or its folder\).*Opened it read-only\./);
      expect(read.code).toBe(0);
      expect(new Set((JSON.parse(read.stdout) as { source: number }[]).map((hit) => hit.source))).toEqual(new Set([3, 4]));
      const write = cliProcess(['import', other, '--case', path], options);
      expect(write.code).toBe(74);
      expect(write.stderr).not.toMatch(stackFrame);
      expect(sha256Of(path)).toBe(before);
      expect(sidecarsOf(path)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a full disk (SQLite’s own SQLITE_FULL, and ENOSPC from /dev/full) is one sentence, exit 74', () => {
    const path = join(tempDir(), 'full.tri');
    const db = new Database(path);
    db.exec('CREATE TABLE filler (body BLOB)');
    // The page ceiling makes SQLite fail exactly as on a full disk: SQLITE_FULL.
    db.pragma('max_page_count = 3');
    let full: unknown;
    try {
      for (let row = 0; row < 100; row += 1) db.prepare('INSERT INTO filler VALUES (?)').run(Buffer.alloc(4096));
    } catch (error) {
      full = error;
    }
    db.close();
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');
    const sqliteReport = describeCliError(full, path);
    expect(sqliteReport).toMatchObject({ exitCode: 74, isDefect: false });
    expect(sqliteReport.message).toMatch(/^The disk holding full\.tri is full, so the change was not saved/);

    let enospc: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (error) {
      enospc = error;
    }
    expect((enospc as { code?: string }).code).toBe('ENOSPC');
    expect(describeCliError(enospc, path)).toMatchObject({ exitCode: 74, message: expect.stringMatching(/^The disk is full/) as unknown as string });
  });

  it('an existing folder as --out, or a file where CSV needs a folder, is refused with exit 73', async () => {
    const path = copyOfSample('export.tri');
    const folder = join(tempDir(), 'out-folder');
    mkdirSync(folder);
    const json = await cli('export', '--case', path, '--format', 'json', '--out', folder);
    expect(json.code).toBe(73);
    expect(json.stderr).toMatch(/out-folder is a folder/);
    expect(json.stderr).not.toMatch(stackFrame);
    const file = join(tempDir(), 'taken.txt');
    writeFileSync(file, 'mine');
    const csv = await cli('export', '--case', path, '--format', 'csv', '--out', file);
    expect(csv.code).toBe(73);
    expect(csv.stderr).toMatch(/taken\.txt\/claims\.csv: a part of that path is a file, not a folder/);
    expect(csv.stderr).not.toMatch(stackFrame);
  });

  it('an unexpected error is one sentence pointing at --debug, exit 70; the stack is printed only with --debug', async () => {
    const defect = describeCliError(new TypeError('Cannot read properties of undefined (reading "id")\n    at somewhere (x.ts:1:1)'), 'case.tri');
    expect(defect).toMatchObject({ exitCode: 70, isDefect: true });
    expect(defect.message).toMatch(/run again with --debug/);
    expect(defect.message).not.toMatch(stackFrame);
    const missing = join(tempDir(), 'nowhere.tri');
    const plain = await cli('sources', '--case', missing);
    expect(plain.stderr).not.toMatch(stackFrame);
    const debug = await cli('sources', '--case', missing, '--debug');
    expect(debug.code).toBe(66);
    expect(debug.stderr).toMatch(stackFrame);
    // Under --debug a sentence that explains an SQLite failure also shows that failure.
    const truncated = copyOfSample('truncated.tri');
    truncateSync(truncated, 200_000);
    const explained = await cli('sources', '--case', truncated, '--debug');
    expect(explained.stderr).toMatch(/truncated\.tri is damaged/);
    expect(explained.stderr).toMatch(/caused by: SqliteError: database disk image is malformed/);
  });

  it.each([['sources'], ['show', '1'], ['search', 'INTERFLEX'], ['claims'], ['compare'], ['export', '--format', 'json', '--out', 'x.json']])(
    '%s on a mistyped --case refuses with exit 66 and creates nothing',
    async (...argv) => {
      const missing = join(tempDir(), 'typo', 'mistyped.tri');
      const result = await cli(...argv, '--case', missing);
      expect(result.code).toBe(66);
      expect(result.stderr.trim()).toBe(`triangulate ${argv[0]}: There is no case file at ${missing}; check the --case path (import files to create a new case).`);
      expect(existsSync(missing)).toBe(false);
      expect(existsSync(join(tempDir(), 'typo'))).toBe(false);
    },
  );

  it('an option written after -- is refused (exit 64) instead of importing into the default case', async () => {
    const defaultCase = join(tempDir(), 'default.tri');
    vi.stubEnv('TRIANGULATE_CASE', defaultCase);
    const mine = join(tempDir(), 'mine.tri');
    const result = await cli('import', '--', newArticle(), '--case', mine);
    expect(result.code).toBe(64);
    expect(result.stderr).toMatch(/--case comes after --, which ends the options/);
    expect(existsSync(defaultCase)).toBe(false);
    expect(existsSync(mine)).toBe(false);
  });

  it('after -- every argument is a file name, even one spelled like an option, and options before it still apply', () => {
    const dir = tempDir();
    const defaultCase = join(dir, 'default.tri');
    // A folder, because import takes only files with an extension, and `--json` has none.
    mkdirSync(join(dir, '--json'));
    writeFileSync(join(dir, '--json', 'article.txt'), article);
    const result = cliProcess(['import', '--case', 'mine.tri', '--json', '--', '--json'], { cwd: dir, env: { ...process.env, TRIANGULATE_CASE: defaultCase } });
    expect(result.stderr).not.toMatch(/comes after --/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { imported: { file: string }[] };
    expect(report.imported.map((item) => item.file)).toEqual([join(dir, '--json', 'article.txt')]);
    expect(existsSync(join(dir, 'mine.tri'))).toBe(true);
    expect(existsSync(defaultCase)).toBe(false);
  });
});
