// Writes the schema each migration produces to tests/fixtures/schema/, for the migrations that
// have no snapshot yet. Existing snapshots are never rewritten: a shipped migration's schema is
// fixed, and the schema snapshot test fails when a migration no longer produces it.
//   npx tsx scripts/snapshot-schema.ts
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations } from '../src/core/store/applyMigrations';
import { describeSchema } from '../src/core/store/describeSchema';
import { migrations } from '../src/core/store/migrations/index';

const schemaSnapshotDir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'schema');
const schemaSnapshotFile = (version: number) => join(schemaSnapshotDir, `${String(version).padStart(4, '0')}.sql`);

mkdirSync(schemaSnapshotDir, { recursive: true });
for (const migration of migrations) {
  const file = schemaSnapshotFile(migration.version);
  if (existsSync(file)) continue;
  const db = new Database(':memory:');
  applyMigrations(db, migrations.slice(0, migration.version), 'snapshot');
  writeFileSync(file, describeSchema(db));
  db.close();
  console.log(`wrote ${file}`);
}
