// Records the schema each migration produces in tests/fixtures/schema-snapshots.json (a SHA-256
// of its description per version) for the migrations that have none yet. Recorded versions are
// never rewritten: a shipped migration's schema is fixed, and the schema snapshot test fails
// when a migration no longer produces it.
//   npx tsx scripts/snapshot-schema.ts
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyMigrations } from '../src/core/store/applyMigrations';
import { describeSchema } from '../src/core/store/describeSchema';
import { migrations } from '../src/core/store/migrations/index';

const fixtures = join(import.meta.dirname, '..', 'tests', 'fixtures');
const snapshotsFile = join(fixtures, 'schema-snapshots.json');
const snapshots: Record<string, string> = existsSync(snapshotsFile) ? JSON.parse(readFileSync(snapshotsFile, 'utf8')) : {};

for (const migration of migrations) {
  const db = new Database(':memory:');
  applyMigrations(db, migrations.slice(0, migration.version), 'snapshot');
  const schema = describeSchema(db);
  db.close();
  if (snapshots[migration.version] !== undefined) continue;
  snapshots[migration.version] = createHash('sha256').update(schema).digest('hex');
  console.log(`recorded the schema of migration ${migration.version}`);
}
writeFileSync(snapshotsFile, `${JSON.stringify(snapshots, null, 2)}\n`);
