import Database from 'better-sqlite3';
import { readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, sha256Of, sidecarsOf, stackFrame } from '../../helpers/runTriangulate';
import { useSampleCaseCopies } from '../../helpers/sampleCaseCopies';
import { useTempDir } from '../../helpers/tempDir';

const article = 'Ministers met in Brussels on Tuesday to agree a new package of measures.\n\nThe package was welcomed by officials, who said it would take effect in May.\n';

describe('triangulate refuses case files that are damaged or not ours, and never writes to them', () => {
  const tempDir = useTempDir();
  const sample = useSampleCaseCopies();

  const copyOfSample = (name: string): string => sample.copyTo(tempDir(), name);

  function newArticle(): string {
    const path = join(tempDir(), 'new-article.txt');
    writeFileSync(path, article);
    return path;
  }

  /** Inverts the first 16 bytes of the middle page: its b-tree page header, as a bad sector would. */
  function flipBytesOfMiddlePage(path: string): void {
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    const start = Math.floor(bytes.length / pageSize / 2) * pageSize;
    for (let offset = start; offset < start + 16; offset += 1) bytes.writeUInt8(~bytes.readUInt8(offset) & 0xff, offset);
    writeFileSync(path, bytes);
  }

  /** Runs a writing command on the file and checks the refusal left it exactly as it was. */
  async function expectRefusedUnchanged(path: string, argv: string[], code: number, message: RegExp): Promise<string> {
    const before = sha256Of(path);
    const sizeBefore = statSync(path).size;
    const result = await cli(...argv, '--case', path);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(stackFrame);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(statSync(path).size).toBe(sizeBefore);
    expect(sha256Of(path)).toBe(before);
    expect(sidecarsOf(path)).toEqual([]);
    return result.stderr;
  }

  it('a case with bytes overwritten mid-file is found damaged on open: import and claims are refused, exit 65, the file untouched', async () => {
    const path = copyOfSample('flipped.tri');
    flipBytesOfMiddlePage(path);

    const importMessage = await expectRefusedUnchanged(path, ['import', newArticle()], 65, /flipped\.tri is damaged/);
    expect(importMessage).toMatch(/will not write to it/);
    expect(importMessage).toMatch(/sqlite3 flipped\.tri \.dump/);
    expect(importMessage).not.toMatch(/malformed/);
    await expectRefusedUnchanged(path, ['claims'], 65, /flipped\.tri is damaged/);
  });

  it('a damaged case is still read, read-only, by a reading command, which says so and leaves no -wal or -shm', async () => {
    const path = copyOfSample('flipped-read.tri');
    flipBytesOfMiddlePage(path);
    const before = sha256Of(path);
    const result = await cli('sources', '--case', path, '--json');
    expect(result.stderr).toMatch(/flipped-read\.tri is damaged.*Opened it read-only\./);
    // Whether the source list itself survived depends on which page was hit; either way the
    // answer is the listing or the same one sentence, never a stack.
    if (result.code === 0) expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(0);
    else expect(result.code).toBe(65);
    expect(result.stderr).not.toMatch(stackFrame);
    expect(sha256Of(path)).toBe(before);
    expect(sidecarsOf(path)).toEqual([]);
  });

  it('a truncated case is called damaged, not "not an SQLite database", and is not written', async () => {
    const path = copyOfSample('truncated.tri');
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const message = await expectRefusedUnchanged(path, ['import', newArticle()], 65, /truncated\.tri is damaged/);
    expect(message).not.toMatch(/not an SQLite database/);
  });

  it('another application’s SQLite file is refused, exit 65, and never written (not even in WAL mode)', async () => {
    const path = join(tempDir(), 'notes.sqlite');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('shopping list')");
    other.close();
    await expectRefusedUnchanged(path, ['import', newArticle()], 65, /notes\.sqlite is an SQLite database but not a Triangulate case file/);
    await expectRefusedUnchanged(path, ['sources'], 65, /not a Triangulate case file/);
  });

  it('an SQLite file with no tables is refused, not adopted as a new case', async () => {
    const path = join(tempDir(), 'blank.sqlite');
    const blank = new Database(path);
    blank.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
    blank.close();
    expect(statSync(path).size).toBeGreaterThan(0);
    await expectRefusedUnchanged(path, ['import', newArticle()], 65, /blank\.sqlite is an SQLite database but not a Triangulate case file/);
  });

  it('a 0-byte file is refused, not adopted as a new case', async () => {
    const path = join(tempDir(), 'zero.tri');
    writeFileSync(path, '');
    await expectRefusedUnchanged(path, ['import', newArticle()], 65, /zero\.tri is an empty file, not a Triangulate case file/);
  });

  it('a text file is refused as not an SQLite database, exit 65, and not written', async () => {
    const path = join(tempDir(), 'notes.tri');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    await expectRefusedUnchanged(path, ['import', newArticle()], 65, /notes\.tri is not a Triangulate case file \(it is not an SQLite database\)/);
  });

  it('a healthy case still opens for writing and leaves no sidecar files after the command', async () => {
    const path = copyOfSample('healthy.tri');
    const result = await cli('import', newArticle(), '--case', path, '--json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { imported: unknown[] }).imported).toHaveLength(1);
    expect(sidecarsOf(path)).toEqual([]);
  });
});
