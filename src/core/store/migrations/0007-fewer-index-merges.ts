import type { Migration } from '../Migration';

// FTS5 merges its index segments as they accumulate, by default once four share a level. On a
// bulk import those merges were about a quarter of the indexing time (BBC corpus: 243 → 196 ms
// CPU at 16), and searches over the result were no slower (4.7 ms a query either way).
export const migration0007: Migration = {
  version: 7,
  name: 'full-text index merges segments sixteen at a time',
  up(db) {
    db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 16);`);
  },
};
