import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/core/store/applyMigrations';
import { CaseStore } from '../../../src/core/store/CaseStore';
import { describeSchema } from '../../../src/core/store/describeSchema';
import { caseApplicationId } from '../../../src/core/store/openCase';
import { migrations } from '../../../src/core/store/migrations/index';
import { useTempDir } from '../../helpers/tempDir';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const snapshots = JSON.parse(readFileSync(join(fixtures, 'schema-snapshots.json'), 'utf8')) as Record<string, string>;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the shipped schema', () => {
  const tempDir = useTempDir();

  for (const migration of migrations) {
    it(`after migration ${migration.version} (${migration.name}) is the one stored when it shipped`, () => {
      const recorded = snapshots[migration.version];
      expect(recorded, `no snapshot for migration ${migration.version}: run npx tsx scripts/snapshot-schema.ts`).toBeDefined();
      const db = new Database(':memory:');
      applyMigrations(db, migrations.slice(0, migration.version), 'test');
      const schema = describeSchema(db);
      db.close();
      expect(sha256(schema), `the schema migration ${migration.version} now produces:\n${schema}`).toBe(recorded);
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
