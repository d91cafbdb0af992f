// All SQL of the comparison engine's tables (migration 0002).
import type { Database } from 'better-sqlite3';
import type { SourceKind } from '../../shared/domain';
import type { SentenceAlignment } from '../compare/CompareSource';
import type { MatchLabel, OriginEdge, ReuseShare } from '../../shared/comparison';
import type { IndexedSentence } from '../compare/indexSentence';

export interface StoredAlignment {
  a: number;
  aSentence: number;
  b: number;
  bSentence: number;
  label: MatchLabel;
  score: number;
}

export interface ComparedSourceRow {
  id: number;
  publishedAt: string | null;
  kind: SourceKind;
}

export interface ComparisonRepository {
  /** Sources with at least one sentence not yet compared (new, or re-segmented). */
  sourcesNeedingComparison(): number[];
  sentencesOf(sourceId: number): { id: number; text: string }[];
  sentenceText(sentenceId: number): string;
  deleteSourceComparison(sourceId: number): void;
  insertSignature(sentence: IndexedSentence): void;
  allSignatures(): IndexedSentence[];
  insertAlignment(alignment: SentenceAlignment): void;
  allAlignments(): StoredAlignment[];
  pairAlignments(a: number, b: number): StoredAlignment[];
  sentenceWordCounts(): Map<number, number>;
  sources(): ComparedSourceRow[];
  replaceMatrix(rows: readonly ReuseShare[]): void;
  readMatrix(): ReuseShare[];
  replaceEdges(edges: readonly OriginEdge[]): void;
  readEdges(): OriginEdge[];
}

export function comparisonRepository(db: Database): ComparisonRepository {
  const statements = {
    sourcesNeedingComparison: db.prepare(`
      SELECT DISTINCT sentences.source_id AS id FROM sentences
      LEFT JOIN compare_sentences ON compare_sentences.sentence_id = sentences.id
      WHERE compare_sentences.sentence_id IS NULL ORDER BY id`),
    sentencesOf: db.prepare('SELECT id, text FROM sentences WHERE source_id = ? ORDER BY ordinal'),
    sentenceText: db.prepare('SELECT text FROM sentences WHERE id = ?').pluck(),
    deleteAlignments: db.prepare('DELETE FROM alignments WHERE a_source_id = ? OR b_source_id = ?'),
    deleteSignatures: db.prepare('DELETE FROM compare_sentences WHERE source_id = ?'),
    insertSignature: db.prepare(
      'INSERT INTO compare_sentences (sentence_id, source_id, word_count, word_key, shingles) VALUES (?, ?, ?, ?, ?)',
    ),
    allSignatures: db.prepare('SELECT sentence_id, source_id, word_count, word_key, shingles FROM compare_sentences ORDER BY sentence_id'),
    insertAlignment: db.prepare(`
      INSERT INTO alignments (a_source_id, a_sentence_id, b_source_id, b_sentence_id, label, score)
      VALUES (?, ?, ?, ?, ?, ?)`),
    allAlignments: db.prepare(`
      SELECT a_source_id AS a, a_sentence_id AS aSentence, b_source_id AS b, b_sentence_id AS bSentence, label, score
      FROM alignments ORDER BY a_source_id, b_source_id, a_sentence_id, b_sentence_id`),
    pairAlignments: db.prepare(`
      SELECT a_source_id AS a, a_sentence_id AS aSentence, b_source_id AS b, b_sentence_id AS bSentence, label, score
      FROM alignments WHERE a_source_id = ? AND b_source_id = ? ORDER BY a_sentence_id, b_sentence_id`),
    sentenceWordCounts: db.prepare('SELECT sentence_id, word_count FROM compare_sentences').raw(),
    sources: db.prepare('SELECT id, published_at AS publishedAt, kind FROM sources ORDER BY id'),
    deleteMatrix: db.prepare('DELETE FROM reuse_shares'),
    insertShare: db.prepare(`
      INSERT INTO reuse_shares (a_source_id, b_source_id, shared, verbatim, near, substituted, paraphrase)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    readMatrix: db.prepare(`
      SELECT a_source_id AS a, b_source_id AS b, shared, verbatim, near, substituted, paraphrase
      FROM reuse_shares ORDER BY a_source_id, b_source_id`),
    deleteEdges: db.prepare('DELETE FROM origin_edges'),
    insertEdge: db.prepare('INSERT INTO origin_edges (from_source_id, to_source_id, share, evidence) VALUES (?, ?, ?, ?)'),
    readEdges: db.prepare(`
      SELECT from_source_id AS "from", to_source_id AS "to", share, evidence FROM origin_edges
      ORDER BY from_source_id, to_source_id`),
  };
  return {
    sourcesNeedingComparison: () => (statements.sourcesNeedingComparison.all() as { id: number }[]).map((row) => row.id),
    sentencesOf: (sourceId) => statements.sentencesOf.all(sourceId) as { id: number; text: string }[],
    sentenceText: (sentenceId) => (statements.sentenceText.get(sentenceId) as string | undefined) ?? '',
    deleteSourceComparison(sourceId) {
      statements.deleteAlignments.run(sourceId, sourceId);
      statements.deleteSignatures.run(sourceId);
    },
    insertSignature(sentence) {
      const shingles = Buffer.from(sentence.shingles.buffer, sentence.shingles.byteOffset, sentence.shingles.byteLength);
      statements.insertSignature.run(sentence.id, sentence.sourceId, sentence.wordCount, sentence.wordKey, shingles);
    },
    allSignatures: () =>
      (
        statements.allSignatures.all() as {
          sentence_id: number;
          source_id: number;
          word_count: number;
          word_key: string;
          shingles: Buffer;
        }[]
      ).map((row) => ({
        id: row.sentence_id,
        sourceId: row.source_id,
        wordCount: row.word_count,
        wordKey: row.word_key,
        // Copy out of the row's buffer: its byte offset need not be 4-aligned.
        shingles: new Uint32Array(new Uint8Array(row.shingles).buffer),
      })),
    insertAlignment(alignment) {
      statements.insertAlignment.run(
        alignment.a,
        alignment.aSentence,
        alignment.b,
        alignment.bSentence,
        alignment.label,
        alignment.score,
      );
    },
    allAlignments: () => statements.allAlignments.all() as StoredAlignment[],
    pairAlignments: (a, b) => statements.pairAlignments.all(a, b) as StoredAlignment[],
    sentenceWordCounts: () => new Map(statements.sentenceWordCounts.all() as [number, number][]),
    sources: () => statements.sources.all() as ComparedSourceRow[],
    replaceMatrix(rows) {
      statements.deleteMatrix.run();
      for (const row of rows) {
        statements.insertShare.run(row.a, row.b, row.shared, row.verbatim, row.near, row.substituted, row.paraphrase);
      }
    },
    readMatrix: () => statements.readMatrix.all() as ReuseShare[],
    replaceEdges(edges) {
      statements.deleteEdges.run();
      for (const edge of edges) statements.insertEdge.run(edge.from, edge.to, edge.share, JSON.stringify(edge.evidence));
    },
    readEdges: () =>
      (statements.readEdges.all() as (Omit<OriginEdge, 'evidence'> & { evidence: string })[]).map((row) => ({
        ...row,
        evidence: JSON.parse(row.evidence) as string[],
      })),
  };
}
