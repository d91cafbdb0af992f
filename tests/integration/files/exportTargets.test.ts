import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { writeFileAtomically } from '../../../src/core/files/writeFileAtomically';
import { Workbench } from '../../../src/core/workbench';
import { useTempDir } from '../../helpers/tempDir';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { code, stdout, stderr };
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const partials = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.partial'));

/** A real case with one source, closed. */
async function makeCase(folder: string): Promise<string> {
  const casePath = join(folder, 'victim.tri');
  const article = join(folder, 'article.txt');
  writeFileSync(article, 'The minister said on Monday that the bridge would reopen in May.\n');
  const workbench = Workbench.open(casePath);
  await workbench.importPaths([article]);
  workbench.close();
  return casePath;
}

/** A tiny tmpfs, so a write runs out of space for real; null where mounting is not allowed. */
function smallDisk(folder: string): string | null {
  const mountPoint = join(folder, 'small-disk');
  mkdirSync(mountPoint);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return mountPoint;
  } catch {
    rmdirSync(mountPoint);
    return null;
  }
}

describe('an export never replaces what it must not', () => {
  const temp = useTempDir();

  it('refuses the open case as --out, and the case keeps every byte', async () => {
    const casePath = await makeCase(temp());
    const before = hash(casePath);
    const result = await cli('export', '--case', casePath, '--format', 'json', '--out', casePath);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/open case/);
    expect(result.stdout).not.toMatch(/wrote/);
    expect(hash(casePath)).toBe(before);
    const reopened = Workbench.open(casePath);
    expect(reopened.listSources()).toHaveLength(1);
    reopened.close();
    expect(partials(temp())).toEqual([]);
  });

  it('refuses the case reached through a symbolic link, a hard link, another spelling or its -wal file', async () => {
    const folder = temp();
    const casePath = await makeCase(folder);
    const before = hash(casePath);
    symlinkSync(casePath, join(folder, 'alias.json'));
    linkSync(casePath, join(folder, 'hard.json'));
    mkdirSync(join(folder, 'sub'));
    for (const out of [join(folder, 'alias.json'), join(folder, 'hard.json'), join(folder, 'sub', '..', 'victim.tri'), `${casePath}-wal`, `${casePath}-shm`]) {
      const result = await cli('export', '--case', casePath, '--format', 'html', '--out', out);
      expect(result.code, out).not.toBe(0);
      expect(result.stderr, out).toMatch(/open case/);
    }
    expect(hash(casePath)).toBe(before);
    expect(partials(folder)).toEqual([]);
  });

  it('refuses any other SQLite database, even one with another name', async () => {
    const folder = temp();
    const casePath = await makeCase(folder);
    const other = join(folder, 'notes.json');
    const db = new Database(other);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    const before = hash(other);
    const result = await cli('export', '--case', casePath, '--format', 'json', '--out', other);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/SQLite database/);
    expect(hash(other)).toBe(before);
  });

  it('refuses a folder and a device, and leaves no .partial file behind', async () => {
    const folder = temp();
    const casePath = await makeCase(folder);
    const target = join(folder, 'exports');
    mkdirSync(target);
    const asFolder = await cli('export', '--case', casePath, '--format', 'json', '--out', target);
    expect(asFolder.code).not.toBe(0);
    expect(asFolder.stderr).toMatch(/is a folder/);
    expect(partials(folder)).toEqual([]);
    expect(readdirSync(target)).toEqual([]);
    const asDevice = await cli('export', '--case', casePath, '--format', 'json', '--out', '/dev/null');
    expect(asDevice.code).not.toBe(0);
    expect(asDevice.stderr).toMatch(/not a regular file/);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(existsSync('/dev/null.partial')).toBe(false);
  });

  it('replaces an ordinary earlier export in one step', async () => {
    const folder = temp();
    const casePath = await makeCase(folder);
    const out = join(folder, 'dossier.json');
    writeFileSync(out, 'an older export');
    const result = await cli('export', '--case', casePath, '--format', 'json', '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).counts.sources).toBe(1);
    expect(partials(folder)).toEqual([]);
  });

  it('does not follow a link left where the .partial file goes', () => {
    const folder = temp();
    const precious = join(folder, 'precious.txt');
    writeFileSync(precious, 'keep me');
    symlinkSync(precious, join(folder, 'out.txt.partial'));
    writeFileAtomically(join(folder, 'out.txt'), 'new text');
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe('new text');
    expect(partials(folder)).toEqual([]);
  });

  it('says the disk is full and removes the .partial file when space runs out', async (context) => {
    const folder = temp();
    const disk = smallDisk(folder);
    if (!disk) {
      context.skip();
      return;
    }
    try {
      const target = join(disk, 'big.json');
      writeFileSync(target, 'the earlier export');
      expect(() => writeFileAtomically(target, Buffer.alloc(256 * 1024, 65))).toThrow(/disk is full/);
      expect(partials(disk)).toEqual([]);
      expect(readFileSync(target, 'utf8')).toBe('the earlier export');
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
