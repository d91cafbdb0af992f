import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/core/store/applyMigrations';
import { CaseStore } from '../../../src/core/store/CaseStore';
import { describeSchema } from '../../../src/core/store/describeSchema';
import { caseApplicationId } from '../../../src/core/store/openCase';
import { migrations } from '../../../src/core/store/migrations/index';
import { useTempDir } from '../../helpers/tempDir';

const snapshotFile = (version: number) =>
  join(import.meta.dirname, '..', '..', 'fixtures', 'schema', `${String(version).padStart(4, '0')}.sql`);

describe('the shipped schema', () => {
  const tempDir = useTempDir();

  for (const migration of migrations) {
    it(`after migration ${migration.version} (${migration.name}) is the one stored when it shipped`, () => {
      const file = snapshotFile(migration.version);
      expect(existsSync(file), `no snapshot for migration ${migration.version}: run npx tsx scripts/snapshot-schema.ts`).toBe(true);
      const db = new Database(':memory:');
      applyMigrations(db, migrations.slice(0, migration.version), 'test');
      expect(describeSchema(db)).toBe(readFileSync(file, 'utf8'));
      db.close();
    });
  }

  it('of a case made at version 1 and opened by this version equals that of a new case', () => {
    const oldPath = join(tempDir(), 'old.tri');
    const old = new Database(oldPath);
    old.pragma(`application_id = ${caseApplicationId}`);
    applyMigrations(old, migrations.slice(0, 1), 'test');
    old.close();
    CaseStore.open(oldPath).close();
    const freshPath = join(tempDir(), 'fresh.tri');
    CaseStore.open(freshPath).close();
    const describe = (path: string) => {
      const db = new Database(path, { readonly: true });
      const schema = describeSchema(db);
      const version = db.pragma('user_version', { simple: true });
      db.close();
      return { schema, version };
    };
    expect(describe(oldPath)).toEqual(describe(freshPath));
  });
});
