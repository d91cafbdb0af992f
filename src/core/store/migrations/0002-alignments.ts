import type { Migration } from '../Migration';

// Derived tables of the comparison engine: all can be rebuilt from the sources, and every row
// goes when its source or sentence goes.
export const migration0002: Migration = {
  version: 2,
  name: 'sentence signatures, alignments, reuse matrix, origin edges',
  up(db) {
    db.exec(`
      -- The candidate-index signature of each compared sentence, made once at first compare.
      -- A sentence without a row here has not been compared yet.
      CREATE TABLE compare_sentences (
        sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        word_count INTEGER NOT NULL,
        word_key TEXT NOT NULL,
        shingles BLOB NOT NULL
      ) STRICT;
      CREATE INDEX compare_sentences_by_source ON compare_sentences(source_id);

      -- One row per matched sentence pair; a is the source with the lower id. The word diff is
      -- not stored: it is recomputed from the two sentences when a pair is read (microseconds),
      -- which keeps a case of thousands of sources small.
      CREATE TABLE alignments (
        a_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        a_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        b_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        b_sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (label IN ('verbatim', 'near', 'substituted', 'paraphrase')),
        score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
        PRIMARY KEY (a_sentence_id, b_sentence_id),
        CHECK (a_source_id < b_source_id)
      ) STRICT;
      CREATE INDEX alignments_by_b_sentence ON alignments(b_sentence_id);
      CREATE INDEX alignments_by_sources ON alignments(a_source_id, b_source_id);
      CREATE INDEX alignments_by_b_source ON alignments(b_source_id);

      -- Share of a's words found in b (ordered pairs).
      CREATE TABLE reuse_shares (
        a_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        b_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        shared REAL NOT NULL,
        verbatim REAL NOT NULL,
        near REAL NOT NULL,
        substituted REAL NOT NULL,
        paraphrase REAL NOT NULL,
        PRIMARY KEY (a_source_id, b_source_id)
      ) STRICT;

      CREATE TABLE origin_edges (
        from_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        to_source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        share REAL NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (from_source_id, to_source_id)
      ) STRICT;
      CREATE INDEX origin_edges_by_to ON origin_edges(to_source_id);
    `);
  },
};
