import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { applyMigrations } from './applyMigrations';
import { CaseFileError } from './CaseFileError';
import { migrations } from './migrations/index';

/** Written to the SQLite header so any tool can tell a Triangulate case from other databases. */
export const caseApplicationId = 0x54524947; // "TRIG"

export interface OpenCaseOptions {
  /** Path to a better-sqlite3 build for this runtime's ABI (Electron needs its own). */
  nativeBinding?: string;
  isReadonly?: boolean;
}

/** Opens (creating if absent) a case file, checks it is ours, and brings its schema up to date. */
export function openCase(path: string, options: OpenCaseOptions = {}): Database.Database {
  const fileName = basename(path);
  const isNew = !existsSync(path) || statSync(path).size === 0;
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly: options.isReadonly ?? false,
      fileMustExist: options.isReadonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw new CaseFileError('unreadable', `Cannot open ${fileName}: ${(error as Error).message}`);
  }
  try {
    checkIsCase(db, fileName, isNew);
    db.pragma('busy_timeout = 5000');
    if (!options.isReadonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (isNew) db.pragma(`application_id = ${caseApplicationId}`);
    if (!options.isReadonly) applyMigrations(db, migrations, fileName);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function checkIsCase(db: Database.Database, fileName: string, isNew: boolean): void {
  let applicationId: number;
  let tableCount: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
  } catch {
    throw new CaseFileError('not-a-case', `${fileName} is not a Triangulate case file (it is not an SQLite database).`);
  }
  if (isNew || (applicationId === 0 && tableCount === 0)) return;
  if (applicationId !== caseApplicationId) {
    throw new CaseFileError(
      'not-a-case',
      `${fileName} is an SQLite database but not a Triangulate case file. Open a .tri case or create a new one.`,
    );
  }
}
