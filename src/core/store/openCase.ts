import Database from 'better-sqlite3';
import { basename } from 'node:path';
import { applyMigrations } from './applyMigrations';
import { CaseFileError } from './CaseFileError';
import { existingSidecars, removeCreatedSidecars } from './caseSidecars';
import { caseSentences, explainSqliteError } from './explainSqliteError';
import { migrations } from './migrations/index';
import { readCaseHeader } from './readCaseHeader';
import { isWritable, needsCopyToRead, walFreeCopy } from './readonlyCaseCopy';

/** Written to the SQLite header so any tool can tell a Triangulate case from other databases. */
export const caseApplicationId = 0x54524947; // "TRIG"

/** How long a command waits for another program's lock on the case before giving up. */
const busyTimeoutMs = 5000;

export interface OpenCaseOptions {
  /** Path to a better-sqlite3 build for this runtime's ABI (Electron needs its own). */
  nativeBinding?: string;
  isReadonly?: boolean;
  /** Refuse a path with no file instead of creating a new case there (reading commands). */
  mustExist?: boolean;
  /**
   * Given, a case that cannot be written (a read-only file, a damaged case) is opened
   * read-only and this hears why; without it such a case is refused.
   */
  onReadonlyFallback?: (reason: CaseFileError) => void;
}

/**
 * Opens (creating if absent) a case file, checks it is ours and whole, and brings its schema
 * up to date. A file that is not ours is refused before SQLite touches it, so it is never
 * written to; a damaged one is never written to either.
 */
export function openCase(path: string, options: OpenCaseOptions = {}): Database.Database {
  const fileName = basename(path);
  const header = readCaseHeader(path);
  const isNew = header.kind === 'missing';
  if (isNew && (options.mustExist || options.isReadonly)) {
    throw new CaseFileError('missing', `There is no case file at ${path}; check the --case path (import files to create a new case).`);
  }
  refuseIfNotCase(header.kind, header.applicationId, header.hasWal, fileName);
  let isReadonly = options.isReadonly ?? false;
  if (!isNew && !isReadonly && !isWritable(path)) {
    const reason = new CaseFileError('read-only', caseSentences.readOnly(fileName));
    if (!options.onReadonlyFallback) throw reason;
    options.onReadonlyFallback(reason);
    isReadonly = true;
  }
  const sidecarsBefore = existingSidecars(path);
  const db = connect(path, fileName, isReadonly, options.nativeBinding);
  try {
    if (!isNew) {
      checkIsCase(db, fileName);
      const damage = findDamage(db, fileName);
      // Read-only, a damaged case can still show what is intact; writable, it is refused.
      if (damage && !isReadonly) {
        if (!options.onReadonlyFallback) throw damage;
        options.onReadonlyFallback(damage);
        closeQuietly(db, path, sidecarsBefore);
        return openCase(path, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), isReadonly: true, mustExist: true });
      }
    }
    if (!isReadonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (isNew) db.pragma(`application_id = ${caseApplicationId}`);
    if (!isReadonly) applyMigrations(db, migrations, fileName);
    else refuseOlderSchema(db, fileName);
    return db;
  } catch (error) {
    closeQuietly(db, path, sidecarsBefore);
    const explained = explainSqliteError(error, path) ?? error;
    // A writable file in a read-only folder is found only when SQLite tries to make its log.
    if (explained instanceof CaseFileError && explained.code === 'read-only' && !isReadonly && !isNew && options.onReadonlyFallback) {
      options.onReadonlyFallback(explained);
      return openCase(path, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), isReadonly: true, mustExist: true });
    }
    throw explained;
  }
}

function closeQuietly(db: Database.Database, path: string, sidecarsBefore: ReadonlySet<string>): void {
  const isReadonly = db.readonly;
  db.close();
  // A writer's close removes its own log; only a reader's are left to tidy.
  if (isReadonly) removeCreatedSidecars(path, sidecarsBefore);
}

function connect(path: string, fileName: string, isReadonly: boolean, nativeBinding: string | undefined): Database.Database {
  try {
    if (isReadonly && needsCopyToRead(path)) {
      return new Database(walFreeCopy(path), { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
    }
    return new Database(path, {
      readonly: isReadonly,
      fileMustExist: isReadonly,
      // From the first statement on, another program's lock is waited for, then reported as busy.
      timeout: busyTimeoutMs,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    throw explainSqliteError(error, path) ?? new CaseFileError('unreadable', `Cannot open ${fileName}: ${(error as Error).message}.`);
  }
}

/** Refuses, from the file's own bytes, what is not a Triangulate case (empty, text, another app's). */
function refuseIfNotCase(kind: string, applicationId: number, hasWal: boolean, fileName: string): void {
  if (kind === 'folder') throw new CaseFileError('unreadable', `${fileName} is a folder, not a case file; give the path of a .tri case.`);
  if (kind === 'empty') {
    throw new CaseFileError('not-a-case', `${fileName} is an empty file, not a Triangulate case file; give the path of a .tri case, or a new file name to create one.`);
  }
  if (kind === 'not-sqlite') throw new CaseFileError('not-a-case', `${fileName} is not a Triangulate case file (it is not an SQLite database).`);
  // A case whose first write never reached the main file keeps its header in the log: SQLite reads it there.
  if (kind === 'sqlite' && applicationId !== caseApplicationId && !(applicationId === 0 && hasWal)) throw notOurs(fileName);
}

function notOurs(fileName: string): CaseFileError {
  return new CaseFileError(
    'not-a-case',
    `${fileName} is an SQLite database but not a Triangulate case file. Open a .tri case or create a new one.`,
  );
}

function checkIsCase(db: Database.Database, fileName: string): void {
  if ((db.pragma('application_id', { simple: true }) as number) !== caseApplicationId) throw notOurs(fileName);
}

/**
 * Runs SQLite's structural check, stopping at the first problem. It reads every page (about
 * linear in the file's size; a 450 kB case takes a few ms), the price of never writing
 * into a damaged case. better-sqlite3 has no progress handler to cut it short.
 */
function findDamage(db: Database.Database, fileName: string): CaseFileError | undefined {
  let result: string;
  try {
    result = String(db.pragma('quick_check(1)', { simple: true }));
  } catch (error) {
    const explained = explainSqliteError(error, fileName);
    if (explained?.code === 'damaged') return explained;
    throw error;
  }
  return result === 'ok' ? undefined : new CaseFileError('damaged', caseSentences.damaged(fileName, result.replace(/^\*\*\* in database \w+ \*\*\*\n/, '').split('\n').join('; ')));
}

function refuseOlderSchema(db: Database.Database, fileName: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const known = migrations.at(-1)?.version ?? 0;
  if (current < known) {
    throw new CaseFileError('read-only', `${fileName} was made by an older Triangulate and is opened read-only, so it cannot be brought up to date; copy it to a folder you may write to and open the copy.`);
  }
  if (current > known) applyMigrations(db, migrations, fileName);
}
