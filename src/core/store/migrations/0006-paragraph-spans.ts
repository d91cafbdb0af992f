import type { Migration } from '../Migration';

// A paragraph is only ever read with all the others of its source, and a row per paragraph
// cost an import about 5% of its writing time (20,000 rows for the BBC corpus). The spans now
// live beside the text they divide, as a JSON array of [start, end] pairs in reading order.
export const migration0006: Migration = {
  version: 6,
  name: 'paragraph spans stored with their source',
  up(db) {
    db.exec(`
      ALTER TABLE sources ADD COLUMN paragraph_spans TEXT NOT NULL DEFAULT '[]';
      UPDATE sources SET paragraph_spans = coalesce(
        (SELECT json_group_array(json_array(p.start, p.end) ORDER BY p.ordinal) FROM paragraphs p WHERE p.source_id = sources.id),
        '[]');
      DROP TABLE paragraphs;
    `);
  },
};
