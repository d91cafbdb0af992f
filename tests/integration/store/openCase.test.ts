import Database from 'better-sqlite3';
import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFileError } from '../../../src/core/store/CaseFileError';
import { caseApplicationId, openCase } from '../../../src/core/store/openCase';
import { migrations } from '../../../src/core/store/migrations/index';
import { readCaseHeader } from '../../../src/core/store/readCaseHeader';
import { useTempDir } from '../../helpers/tempDir';

describe('openCase', () => {
  const tempDir = useTempDir();

  it('creates a case with WAL, full sync, foreign keys, our application id and the latest schema', () => {
    const db = openCase(join(tempDir(), 'new.tri'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(caseApplicationId);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  it('reopens an existing case without re-running migrations', () => {
    const path = join(tempDir(), 'again.tri');
    openCase(path).close();
    const db = openCase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    db.close();
  });

  it('refuses a case written by a newer schema and leaves it untouched', () => {
    const path = join(tempDir(), 'future.tri');
    const db = openCase(path);
    db.pragma(`user_version = ${(migrations.at(-1)?.version ?? 0) + 5}`);
    db.close();
    expect(() => openCase(path)).toThrowError(CaseFileError);
    expect(() => openCase(path)).toThrowError(/newer Triangulate/);
    const raw = new Database(path);
    expect(raw.pragma('user_version', { simple: true })).toBe((migrations.at(-1)?.version ?? 0) + 5);
    raw.close();
  });

  it('refuses another application’s SQLite database', () => {
    const path = join(tempDir(), 'other.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    expect(() => openCase(path)).toThrowError(/not a Triangulate case/);
  });

  it('refuses a file that is not a database at all', () => {
    const path = join(tempDir(), 'notes.tri');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    expect(() => openCase(path)).toThrowError(CaseFileError);
  });

  it('opens a case whose header is still only in its -wal, as after a crash before the first checkpoint', () => {
    const path = join(tempDir(), 'live.tri');
    const live = openCase(path);
    live.pragma('wal_autocheckpoint = 0');
    // Copied while open, the pair is what a killed process leaves: the log holds the newest pages.
    const crashed = join(tempDir(), 'crashed.tri');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    live.close();
    expect(statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    // The main file alone does not say it is ours: only SQLite, reading the log, can.
    expect(readCaseHeader(crashed).applicationId).not.toBe(caseApplicationId);
    const db = openCase(crashed, { mustExist: true });
    expect(db.pragma('application_id', { simple: true })).toBe(caseApplicationId);
    db.close();
  });

  it('refuses a missing path when it must exist, and creates nothing', () => {
    const path = join(tempDir(), 'typo.tri');
    expect(() => openCase(path, { mustExist: true })).toThrowError(expect.objectContaining({ code: 'missing' }) as unknown as Error);
    expect(existsSync(path)).toBe(false);
  });
});
