import type { Migration } from '../Migration';

// Analyst work lives apart from the derived tables so a rebuild of alignments or claims never
// touches it. Sources are referred to by the SHA-256 of their original bytes (not their row
// id) so grades, corrections and annotations come back when a deleted source is imported again;
// spans keep their quoted text so they can be re-anchored if the clean text ever changes.
export const migration0004: Migration = {
  version: 4,
  name: 'analyst judgements: grades, verdicts, tags, corrections, cluster overrides, annotations, undo',
  up(db) {
    db.exec(`
      CREATE TABLE source_grades (
        source_sha256 TEXT PRIMARY KEY,
        grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE claim_judgements (
        claim_id TEXT PRIMARY KEY,
        verdict INTEGER CHECK (verdict BETWEEN 1 AND 6),
        confidence TEXT CHECK (confidence IN ('low', 'medium', 'high')),
        note TEXT NOT NULL DEFAULT '',
        is_flagged INTEGER NOT NULL DEFAULT 0 CHECK (is_flagged IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE codebook_tags (
        name TEXT PRIMARY KEY,
        description TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE claim_tags (
        claim_id TEXT NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (claim_id, tag)
      ) STRICT;

      CREATE TABLE mention_corrections (
        source_sha256 TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('speaker', 'value', 'stance')),
        value TEXT NOT NULL,
        quote TEXT NOT NULL,
        PRIMARY KEY (source_sha256, start, end, field)
      ) STRICT;

      -- A mention the analyst moved to another cluster: merges move every mention of one claim
      -- into another, splits move chosen mentions into a new cluster.
      CREATE TABLE cluster_overrides (
        source_sha256 TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        claim_id TEXT NOT NULL,
        quote TEXT NOT NULL,
        PRIMARY KEY (source_sha256, start, end)
      ) STRICT;

      CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        source_sha256 TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        claim_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotations_source ON annotations(source_sha256);

      -- Undo and redo: each analyst action stores the rows it changed before and after.
      CREATE TABLE undo_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        label TEXT NOT NULL,
        before_rows TEXT NOT NULL,
        after_rows TEXT NOT NULL,
        is_undone INTEGER NOT NULL DEFAULT 0 CHECK (is_undone IN (0, 1))
      ) STRICT;

      CREATE TABLE case_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
