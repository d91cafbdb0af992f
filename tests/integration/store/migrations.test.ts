import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/core/store/applyMigrations';
import type { Migration } from '../../../src/core/store/Migration';
import { migrations } from '../../../src/core/store/migrations/index';
import { useTempDir } from '../../helpers/tempDir';

const tablesOf = (db: Database.Database) =>
  (db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[]);

describe('migrations', () => {
  const tempDir = useTempDir();

  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  for (const migration of migrations) {
    it(`${migration.version} (${migration.name}) applies on top of the previous ones and creates only STRICT tables`, () => {
      const db = new Database(join(tempDir(), `m${migration.version}.db`));
      applyMigrations(db, migrations.slice(0, migration.version - 1), 'test');
      const before = new Set(tablesOf(db).map((table) => table.name));
      applyMigrations(db, migrations.slice(0, migration.version), 'test');
      expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      const added = tablesOf(db).filter((table) => !before.has(table.name));
      const ordinary = added.filter((table) => !table.sql.startsWith('CREATE VIRTUAL') && !/_fts_|_fts$/.test(table.name));
      for (const table of ordinary) expect(table.sql, table.name).toMatch(/\)\s*STRICT\s*$/);
      db.close();
    });
  }

  it('roll back a failing step whole and keep the previous version', () => {
    const db = new Database(join(tempDir(), 'failing.db'));
    const failing: Migration = {
      version: migrations.length + 1,
      name: 'fails halfway',
      up(target) {
        target.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => applyMigrations(db, [...migrations, failing], 'test')).toThrowError('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(tablesOf(db).some((table) => table.name === 'half_done')).toBe(false);
    db.close();
  });

  it('keep the audit log append-only', () => {
    const db = new Database(join(tempDir(), 'audit.db'));
    applyMigrations(db, migrations, 'test');
    db.prepare("INSERT INTO audit_log (at, action, entity_type) VALUES ('2025-01-01', 'x', 'case')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrowError(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrowError(/append-only/);
    db.close();
  });

  it("6 moves each source's paragraphs, in reading order, into its paragraph spans", () => {
    const db = new Database(join(tempDir(), 'paragraphs.db'));
    applyMigrations(db, migrations.slice(0, 5), 'test');
    const insertSource = db.prepare(`INSERT INTO sources (file_name, file_path, format, encoding, original, byte_length, sha256,
      imported_at, title, kind, provenance, clean_text, word_count, sentence_count)
      VALUES (?, '', 'text', 'utf-8', x'00', 1, ?, '2025-01-01', 't', 'unknown', '{}', 'text', 1, 0)`);
    const withParagraphs = Number(insertSource.run('a.txt', 'a').lastInsertRowid);
    const without = Number(insertSource.run('b.txt', 'b').lastInsertRowid);
    const insertParagraph = db.prepare('INSERT INTO paragraphs (source_id, ordinal, start, end) VALUES (?, ?, ?, ?)');
    insertParagraph.run(withParagraphs, 1, 12, 30);
    insertParagraph.run(withParagraphs, 0, 0, 10);
    applyMigrations(db, migrations, 'test');
    const spans = db.prepare('SELECT id, paragraph_spans AS spans FROM sources ORDER BY id').all();
    expect(spans).toEqual([
      { id: withParagraphs, spans: '[[0,10],[12,30]]' },
      { id: without, spans: '[]' },
    ]);
    expect(tablesOf(db).some((table) => table.name === 'paragraphs')).toBe(false);
    db.close();
  });

  it('7 has the full-text index merge segments sixteen at a time, a setting kept in the case file', () => {
    const path = join(tempDir(), 'automerge.db');
    const db = new Database(path);
    applyMigrations(db, migrations, 'test');
    db.close();
    const reopened = new Database(path);
    const setting = reopened.prepare("SELECT v FROM sentences_fts_config WHERE k = 'automerge'").pluck().get();
    expect(setting).toBe(16);
    reopened.close();
  });
});
