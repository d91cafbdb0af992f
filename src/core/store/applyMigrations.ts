import type { Database } from 'better-sqlite3';
import type { Migration } from './Migration';
import { CaseFileError } from './CaseFileError';

/** Applies the migrations a database lacks, each in its own transaction; returns the new version. */
export function applyMigrations(db: Database, migrations: readonly Migration[], fileName: string): number {
  const known = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new CaseFileError(
      'newer-schema',
      `${fileName} was written by a newer Triangulate (case schema ${current}; this version knows up to ${known}). Update Triangulate to open it.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return known;
}
