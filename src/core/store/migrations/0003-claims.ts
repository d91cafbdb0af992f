import type { Migration } from '../Migration';

export const migration0003: Migration = {
  version: 3,
  name: 'claims: per-source extraction, mentions, clustered claims',
  up(db) {
    db.exec(`
      -- One row per source whose claims have been extracted, so a re-run extracts only new
      -- sources (or all of them when the extractor changes version).
      CREATE TABLE claim_extractions (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        extractor_version INTEGER NOT NULL,
        extracted_at TEXT NOT NULL,
        mention_count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE extracted_mentions (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'quantity', 'event', 'role', 'statement')),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        data TEXT NOT NULL
      ) STRICT;
      CREATE INDEX extracted_mentions_source ON extracted_mentions(source_id);

      -- Derived: rebuilt on every clustering. Claim ids are content keys, so analyst tables
      -- that refer to a claim id (without a foreign key) survive a rebuild.
      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'quantity', 'event', 'role', 'statement')),
        text TEXT NOT NULL,
        speaker TEXT,
        value TEXT,
        status TEXT NOT NULL CHECK (status IN ('corroborated', 'single-source', 'contested')),
        supporting INTEGER NOT NULL,
        contradicting INTEGER NOT NULL,
        independent_origins INTEGER NOT NULL,
        proposed_credibility INTEGER NOT NULL CHECK (proposed_credibility BETWEEN 1 AND 6),
        credibility_reason TEXT NOT NULL
      ) STRICT;

      CREATE TABLE claim_mentions (
        claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        mention_id INTEGER NOT NULL REFERENCES extracted_mentions(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts')),
        reason TEXT,
        PRIMARY KEY (claim_id, mention_id)
      ) STRICT;
      CREATE INDEX claim_mentions_source ON claim_mentions(source_id);
      CREATE INDEX claim_mentions_mention ON claim_mentions(mention_id);
    `);
  },
};
