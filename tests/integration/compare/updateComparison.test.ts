import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readComparison, readOriginGroups, readPairAlignment } from '../../../src/core/compare/readComparison';
import { updateComparison } from '../../../src/core/compare/updateComparison';
import { openCase } from '../../../src/core/store/openCase';
import { readSeed, seedMetadata } from '../../unit/compare/seedSources';
import { SearchRepository } from '../../../src/core/store/searchRepository';

let folder: string;
let casePath: string;
let db: Database;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'triangulate-compare-'));
  casePath = join(folder, 'case.tri');
  db = openCase(casePath);
});

afterEach(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Inserts a seed as a source row with its sentences, the way the importer will. */
function insertSeed(target: Database, number: number): number {
  const seed = readSeed(number);
  const metadata = seedMetadata[number];
  const cleanText = seed.paragraphs.join('\n\n');
  const sourceId = Number(
    target
      .prepare(
        `INSERT INTO sources (file_name, file_path, format, encoding, original, byte_length, sha256, imported_at, title,
           published_at, kind, provenance, clean_text, word_count, sentence_count)
         VALUES (?, ?, 'text', 'utf-8', ?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`,
      )
      .run(
        `seed-${number}.txt`,
        `/seeds/seed-${number}.txt`,
        Buffer.from(seed.text),
        Buffer.byteLength(seed.text),
        `sha-${number}`,
        new Date(0).toISOString(),
        `Seed ${number}`,
        metadata?.publishedAt ?? null,
        metadata?.kind ?? 'unknown',
        cleanText,
        cleanText.split(/\s+/).length,
        seed.sentences.length,
      ).lastInsertRowid,
  );
  const insertSentence = target.prepare(
    'INSERT INTO sentences (source_id, paragraph, ordinal, start, end, text) VALUES (?, 0, ?, 0, ?, ?)',
  );
  // Sentences enter the full-text index as the importer puts them there: in bulk, same transaction.
  const search = new SearchRepository(target);
  target.transaction(() => {
    const lastSentenceId = search.lastSentenceId();
    seed.sentences.forEach((text, ordinal) => insertSentence.run(sourceId, ordinal, text.length, text));
    search.indexSentencesAfter(lastSentenceId);
  })();
  return sourceId;
}

function alignmentRows(target: Database): unknown[] {
  return target.prepare('SELECT a_sentence_id, b_sentence_id, label, score FROM alignments ORDER BY 1, 2').all();
}

describe('updateComparison and readComparison on a real case file', () => {
  it('stores the seed comparison and reads it back in the compare --json shape', () => {
    const ids = [0, 1, 2, 3, 4].map((number) => insertSeed(db, number));
    const update = updateComparison(db);
    expect(update.sourcesTouched).toBe(5);
    expect(update.pairsScored).toBeGreaterThan(0);
    const result = readComparison(db);
    const [release, wire, first, second, spun] = [ids[3], ids[0], ids[1], ids[2], ids[4]];
    expect(result.edges.map((edge) => [edge.from, edge.to])).toEqual(
      expect.arrayContaining([
        [release, first],
        [release, second],
      ]),
    );
    expect(result.originGroups).toContainEqual([spun]);
    expect(result.originGroups.find((group) => group.includes(release ?? -1))).toEqual([first, second, release].sort());
    expect(result.originGroups.flat()).toContain(wire);
    expect(result.alignments.every((row) => ['verbatim', 'near', 'substituted', 'paraphrase'].includes(row.label))).toBe(true);
    expect(Object.keys(result.matrix[0] ?? {}).sort()).toEqual(['a', 'b', 'near', 'paraphrase', 'shared', 'substituted', 'verbatim']);
    expect(readOriginGroups(db)).toEqual(result.originGroups);
  });

  it('keeps results in the file: a reopened case reads the same comparison without recomputing', () => {
    [0, 1, 2, 3, 4].forEach((number) => insertSeed(db, number));
    updateComparison(db);
    const before = readComparison(db);
    db.close();
    db = openCase(casePath);
    expect(readComparison(db)).toEqual(before);
    expect(updateComparison(db)).toEqual({ pairsScored: 0, sourcesTouched: 0 });
  });

  it('after one more import scores only pairs with the new source and ends where a full run would', () => {
    [0, 1, 3, 4].forEach((number) => insertSeed(db, number));
    const first = updateComparison(db);
    const oldRows = alignmentRows(db);
    const added = insertSeed(db, 2);
    const second = updateComparison(db);
    expect(second.sourcesTouched).toBe(1);
    expect(second.pairsScored).toBeGreaterThan(0);

    const rows = db.prepare('SELECT a_source_id, b_source_id FROM alignments').all() as { a_source_id: number; b_source_id: number }[];
    const newRows = rows.length - oldRows.length;
    expect(newRows).toBeGreaterThan(0);
    expect(rows.filter((row) => row.a_source_id === added || row.b_source_id === added).length).toBe(newRows);
    expect(alignmentRows(db)).toEqual(expect.arrayContaining(oldRows));

    const scratchPath = join(folder, 'scratch.tri');
    const scratch = openCase(scratchPath);
    try {
      [0, 1, 3, 4, 2].forEach((number) => insertSeed(scratch, number));
      const full = updateComparison(scratch);
      expect(second.pairsScored).toBeLessThan(full.pairsScored);
      // Text pairs already scored are not scored again (a verbatim copy joining an old text may
      // re-pair that text, hence at least, not exactly, the full count).
      expect(first.pairsScored + second.pairsScored).toBeGreaterThanOrEqual(full.pairsScored);
      expect(alignmentRows(db)).toEqual(alignmentRows(scratch));
      expect(readComparison(db)).toEqual(readComparison(scratch));
    } finally {
      scratch.close();
    }
  });

  it('deleting a source removes its alignments, shares and edges', () => {
    const ids = [0, 1, 2, 3, 4].map((number) => insertSeed(db, number));
    updateComparison(db);
    const release = ids[3] ?? -1;
    expect(readComparison(db).alignments.some((row) => row.a === release || row.b === release)).toBe(true);
    db.prepare('DELETE FROM sources WHERE id = ?').run(release);
    const afterDelete = readComparison(db);
    expect(afterDelete.alignments.some((row) => row.a === release || row.b === release)).toBe(false);
    expect(afterDelete.matrix.some((row) => row.a === release || row.b === release)).toBe(false);
    expect(afterDelete.edges.some((edge) => edge.from === release || edge.to === release)).toBe(false);
    expect(afterDelete.originGroups.flat()).not.toContain(release);
    expect(updateComparison(db).pairsScored).toBe(0);
  });

  it('reads the alignments of one pair with diffs oriented as asked', () => {
    const ids = [0, 1, 2, 3, 4].map((number) => insertSeed(db, number));
    updateComparison(db);
    const [first, release] = [ids[1] ?? -1, ids[3] ?? -1];
    const forward = readPairAlignment(db, first, release);
    const backward = readPairAlignment(db, release, first);
    expect(forward.alignments.length).toBeGreaterThan(0);
    const text = db.prepare('SELECT text FROM sentences WHERE id = ?').pluck();
    for (const [index, row] of forward.alignments.entries()) {
      const mirrored = backward.alignments[index];
      expect(mirrored?.aSentence).toBe(row.bSentence);
      const aText = text.get(row.aSentence) as string;
      const bText = text.get(row.bSentence) as string;
      for (const op of row.diff) {
        if (op.op === 'equal' && op.a && op.b) {
          expect(aText.slice(op.a.start, op.a.end).toLowerCase().replace(/\W/g, '')).toBe(
            bText.slice(op.b.start, op.b.end).toLowerCase().replace(/\W/g, ''),
          );
        }
      }
    }
    const near = forward.alignments.find((row) => row.label === 'near');
    expect(near?.diff.some((op) => op.op !== 'equal')).toBe(true);
  });
});
