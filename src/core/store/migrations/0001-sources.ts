import type { Migration } from '../Migration';

export const migration0001: Migration = {
  version: 1,
  name: 'sources, text structure, full-text index, audit log',
  up(db) {
    db.exec(`
      CREATE TABLE case_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_path TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
        encoding TEXT NOT NULL,
        original BLOB NOT NULL,
        byte_length INTEGER NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        imported_at TEXT NOT NULL,
        title TEXT NOT NULL,
        outlet TEXT,
        byline TEXT,
        published_at TEXT,
        kind TEXT NOT NULL CHECK (kind IN ('press-release', 'wire', 'news-article', 'unknown')),
        language TEXT,
        provenance TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        sentence_count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE removed_lines (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (source_id, line)
      ) STRICT;

      CREATE TABLE paragraphs (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (source_id, ordinal)
      ) STRICT;

      CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        UNIQUE (source_id, ordinal)
      ) STRICT;

      CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text,
        content = 'sentences',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
      );

      CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
      END;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT,
        before TEXT,
        after TEXT
      ) STRICT;

      -- The audit log is append-only: history cannot be rewritten, even by our own code.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only');
      END;
    `);
  },
};
