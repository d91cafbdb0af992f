import type { Migration } from '../Migration';

// Indexing each sentence from a row trigger costs about five times what one
// `INSERT … SELECT` over a whole import batch costs (FTS5 flushes its pending terms at every
// savepoint, and each source is a savepoint). The import now indexes its new sentences once per
// batch, inside the batch's transaction (see SearchRepository.indexSentencesAfter); deleting
// still goes through the trigger, which is one row at a time anyway.
export const migration0005: Migration = {
  version: 5,
  name: 'sentences enter the full-text index per import batch instead of per row',
  up(db) {
    db.exec('DROP TRIGGER sentences_fts_insert;');
  },
};
