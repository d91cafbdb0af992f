import type { Database, Statement } from 'better-sqlite3';
import type { SearchHit, SnippetPart } from '../../shared/domain';

interface HitRow {
  sourceId: number;
  sourceTitle: string;
  sentenceId: number;
  start: number;
  end: number;
  marked: string;
}

// Control characters cannot occur in clean text, so they mark matches unambiguously.
const matchOpen = '\u0001';
const matchClose = '\u0002';

/**
 * Turns what an analyst types into a safe FTS5 query: every word is matched as a quoted
 * term (so `-`, `:`, `*` or quotes in the input are never FTS syntax), all words must
 * occur, and the last word also matches as a prefix while the analyst is still typing.
 */
export function toFtsQuery(input: string): string | undefined {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

function toSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(matchOpen)) {
    const close = piece.indexOf(matchClose);
    if (close === -1) {
      if (piece) parts.push({ text: piece, isMatch: false });
      continue;
    }
    parts.push({ text: piece.slice(0, close), isMatch: true });
    const rest = piece.slice(close + 1);
    if (rest) parts.push({ text: rest, isMatch: false });
  }
  return parts;
}

/** Full-text search over the sentences of a case. */
export class SearchRepository {
  private readonly selectHits: Statement<[string, number], HitRow>;
  private readonly selectLastSentenceId: Statement<[], { id: number }>;
  private readonly insertSentencesAfter: Statement<[number]>;

  constructor(db: Database) {
    this.selectLastSentenceId = db.prepare('SELECT coalesce(max(id), 0) AS id FROM sentences');
    this.insertSentencesAfter = db.prepare(
      'INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ? ORDER BY id',
    );
    this.selectHits = db.prepare(`
      SELECT s.source_id AS sourceId, src.title AS sourceTitle, s.id AS sentenceId, s.start, s.end,
             highlight(sentences_fts, 0, '${matchOpen}', '${matchClose}') AS marked
      FROM sentences_fts
      JOIN sentences s ON s.id = sentences_fts.rowid
      JOIN sources src ON src.id = s.source_id
      WHERE sentences_fts MATCH ?
      ORDER BY bm25(sentences_fts), s.source_id, s.ordinal
      LIMIT ?`);
  }

  /** The highest sentence id so far: what an import batch passes to `indexSentencesAfter` when it ends. */
  lastSentenceId(): number {
    return this.selectLastSentenceId.get()?.id ?? 0;
  }

  /**
   * Adds every sentence stored after `lastId` to the full-text index in one statement. Callers
   * run it in the transaction that stored those sentences, so the index never lags a commit.
   */
  indexSentencesAfter(lastId: number): void {
    this.insertSentencesAfter.run(lastId);
  }

  search(input: string, limit: number): SearchHit[] {
    const query = toFtsQuery(input);
    if (!query) return [];
    return this.selectHits.all(query, limit).map(({ marked, ...hit }) => ({ ...hit, snippet: toSnippet(marked) }));
  }
}
