import type { Database, Statement } from 'better-sqlite3';
import type {
  FieldProvenance,
  MetadataField,
  RemovedLine,
  SentenceRecord,
  SourceFormat,
  SourceKind,
  SourceSummary,
  TextSpan,
} from '../../shared/domain';
import { sentenceSpanWidth, toSourceRows, type SourceColumns, type SourceRows } from './SourceRows';

export interface NewSource {
  fileName: string;
  filePath: string;
  format: SourceFormat;
  encoding: string;
  original: Uint8Array;
  sha256: string;
  importedAt: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedAt: string | null;
  kind: SourceKind;
  language: string | null;
  provenance: Record<MetadataField, FieldProvenance>;
  cleanText: string;
  wordCount: number;
  paragraphs: TextSpan[];
  sentences: (TextSpan & { paragraph: number })[];
  removed: RemovedLine[];
}

interface SourceRow {
  id: number;
  file_name: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  kind: SourceKind;
  language: string | null;
  sha256: string;
  word_count: number;
  sentence_count: number;
  imported_at: string;
}

export interface SourceBody {
  text: string;
  format: SourceFormat;
  encoding: string;
  byteLength: number;
  provenance: Record<MetadataField, FieldProvenance>;
}

const summaryColumns = `id, file_name, title, outlet, byline, published_at, kind, language, sha256,
  word_count, sentence_count, imported_at`;

/** Column of `sources` holding each editable metadata field. */
const metadataColumn: Record<MetadataField, string> = {
  title: 'title',
  outlet: 'outlet',
  byline: 'byline',
  publishedAt: 'published_at',
  kind: 'kind',
  language: 'language',
};

/** A source's `paragraph_spans` column: [start, end] pairs in reading order. */
export function parseParagraphSpans(json: string): TextSpan[] {
  return (JSON.parse(json) as [number, number][]).map(([start, end]) => ({ start, end }));
}

function toSummary(row: SourceRow): SourceSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    title: row.title,
    outlet: row.outlet,
    byline: row.byline,
    publishedAt: row.published_at,
    kind: row.kind,
    language: row.language,
    sha256: row.sha256,
    words: row.word_count,
    sentences: row.sentence_count,
    importedAt: row.imported_at,
  };
}

/** All SQL that reads or writes sources and their text structure. */
export class SourceRepository {
  private readonly insertSource: Statement<[SourceColumns]>;
  private readonly insertSentence: Statement;
  private readonly insertRemoved: Statement;
  private readonly selectIdBySha: Statement<[string], { id: number }>;
  private readonly selectAll: Statement<[], SourceRow>;
  private readonly selectOne: Statement<[number], SourceRow>;
  private readonly selectBody: Statement<
    [number],
    { clean_text: string; format: SourceFormat; encoding: string; byte_length: number; provenance: string }
  >;
  private readonly selectOriginal: Statement<[number], { original: Buffer; file_name: string }>;
  private readonly selectParagraphs: Statement<[number], string>;
  private readonly selectSentences: Statement<[number], SentenceRecord>;
  private readonly selectRemoved: Statement<[number], RemovedLine>;
  private readonly deleteOne: Statement<[number]>;
  private readonly updateProvenance: Statement<[string, number]>;
  private readonly updateField: Record<MetadataField, Statement<[string | null, number]>>;
  private readonly selectCounts: Statement<[], { sources: number; sentences: number; lastImportAt: string | null }>;

  constructor(db: Database) {
    this.insertSource = db.prepare<SourceColumns>(`INSERT INTO sources (file_name, file_path, format, encoding, original,
      byte_length, sha256, imported_at, title, outlet, byline, published_at, kind, language, provenance,
      clean_text, word_count, sentence_count, paragraph_spans)
      VALUES (@fileName, @filePath, @format, @encoding, @original, @byteLength, @sha256, @importedAt, @title,
      @outlet, @byline, @publishedAt, @kind, @language, @provenance, @cleanText, @wordCount, @sentenceCount, @paragraphSpans)`);
    this.insertSentence = db.prepare(
      'INSERT INTO sentences (source_id, paragraph, ordinal, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertRemoved = db.prepare('INSERT INTO removed_lines (source_id, line, text, reason) VALUES (?, ?, ?, ?)');
    this.selectIdBySha = db.prepare('SELECT id FROM sources WHERE sha256 = ?');
    this.selectAll = db.prepare(`SELECT ${summaryColumns} FROM sources ORDER BY id`);
    this.selectOne = db.prepare(`SELECT ${summaryColumns} FROM sources WHERE id = ?`);
    this.selectBody = db.prepare(
      'SELECT clean_text, format, encoding, byte_length, provenance FROM sources WHERE id = ?',
    );
    this.selectOriginal = db.prepare('SELECT original, file_name FROM sources WHERE id = ?');
    this.selectParagraphs = db.prepare<[number], string>('SELECT paragraph_spans FROM sources WHERE id = ?').pluck();
    this.selectSentences = db.prepare(
      'SELECT id, ordinal, paragraph, start, end FROM sentences WHERE source_id = ? ORDER BY ordinal',
    );
    this.selectRemoved = db.prepare('SELECT line, text, reason FROM removed_lines WHERE source_id = ? ORDER BY line');
    this.deleteOne = db.prepare('DELETE FROM sources WHERE id = ?');
    this.updateProvenance = db.prepare('UPDATE sources SET provenance = ? WHERE id = ?');
    this.updateField = Object.fromEntries(
      Object.entries(metadataColumn).map(([field, column]) => [
        field,
        db.prepare(`UPDATE sources SET ${column} = ? WHERE id = ?`),
      ]),
    ) as Record<MetadataField, Statement<[string | null, number]>>;
    this.selectCounts = db.prepare(
      `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM sentences) AS sentences,
       (SELECT max(imported_at) FROM sources) AS lastImportAt`,
    );
  }

  /**
   * Inserts a source with its paragraphs, sentences and removed lines; the caller owns the
   * transaction, and puts the new sentences in the full-text index before it commits
   * (`SearchRepository.indexSentencesAfter`, once per batch: per row it costs five times more).
   */
  insert(source: NewSource): number {
    return this.insertRows(toSourceRows(source));
  }

  /** `insert` for a source already prepared as rows, as an import's parse workers hand it over. */
  insertRows({ source, sentenceSpans, removed }: SourceRows): number {
    const id = Number(this.insertSource.run(source).lastInsertRowid);
    for (let at = 0, ordinal = 0; at < sentenceSpans.length; at += sentenceSpanWidth, ordinal += 1) {
      const start = sentenceSpans[at] ?? 0;
      const end = sentenceSpans[at + 1] ?? 0;
      this.insertSentence.run(id, sentenceSpans[at + 2] ?? 0, ordinal, start, end, source.cleanText.slice(start, end));
    }
    for (const line of removed) this.insertRemoved.run(id, line.line, line.text, line.reason);
    return id;
  }

  findIdBySha256(sha256: string): number | undefined {
    return this.selectIdBySha.get(sha256)?.id;
  }

  list(): SourceSummary[] {
    return this.selectAll.all().map(toSummary);
  }

  get(id: number): SourceSummary | undefined {
    const row = this.selectOne.get(id);
    return row && toSummary(row);
  }

  getBody(id: number): SourceBody | undefined {
    const row = this.selectBody.get(id);
    if (!row) return undefined;
    return {
      text: row.clean_text,
      format: row.format,
      encoding: row.encoding,
      byteLength: row.byte_length,
      provenance: JSON.parse(row.provenance) as Record<MetadataField, FieldProvenance>,
    };
  }

  getOriginal(id: number): { bytes: Buffer; fileName: string } | undefined {
    const row = this.selectOriginal.get(id);
    return row && { bytes: row.original, fileName: row.file_name };
  }

  paragraphs(id: number): TextSpan[] {
    const spans = this.selectParagraphs.get(id);
    return spans === undefined ? [] : parseParagraphSpans(spans);
  }

  sentences(id: number): SentenceRecord[] {
    return this.selectSentences.all(id);
  }

  removedLines(id: number): RemovedLine[] {
    return this.selectRemoved.all(id);
  }

  delete(id: number): boolean {
    return this.deleteOne.run(id).changes > 0;
  }

  setMetadata(id: number, field: MetadataField, value: string | null, provenance: Record<MetadataField, FieldProvenance>): void {
    this.updateField[field].run(value, id);
    this.updateProvenance.run(JSON.stringify(provenance), id);
  }

  counts(): { sources: number; sentences: number; lastImportAt: string | null } {
    const counts = this.selectCounts.get();
    if (!counts) throw new Error('count query returned no row');
    return counts;
  }
}
